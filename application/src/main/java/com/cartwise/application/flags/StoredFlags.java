package com.cartwise.application.flags;

import com.cartwise.domain.shop.ShopId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every flag value set, as the store holds them: the global ones, and each shop's own.
 *
 * @param global values by flag name
 * @param shops  each shop's values by flag name (a shop with none is absent)
 */
public record StoredFlags(Map<String, String> global, Map<ShopId, Map<String, String>> shops) {
    public static final StoredFlags NONE = new StoredFlags(Map.of(), Map.of());

    public StoredFlags {
        global = Map.copyOf(global);
        Map<ShopId, Map<String, String>> copy = new HashMap<>();
        shops.forEach((shop, values) -> copy.put(shop, Map.copyOf(values)));
        shops = Map.copyOf(copy);
    }

    public Optional<String> global(String name) {
        return Optional.ofNullable(global.get(name));
    }

    public Optional<String> of(ShopId shop, String name) {
        Map<String, String> values = shops.get(shop);
        return Optional.ofNullable(values == null ? null : values.get(name));
    }

    /** A shop's value, else the global one, else the flag's default. */
    public EffectiveValue effective(Flag flag, Optional<ShopId> shop) {
        Optional<String> own = shop.flatMap(id -> of(id, flag.name()));
        if (own.isPresent()) {
            return new EffectiveValue(own.get(), EffectiveValue.Source.SHOP);
        }
        return global(flag.name()).map(value -> new EffectiveValue(value, EffectiveValue.Source.GLOBAL))
                .orElseGet(() -> new EffectiveValue(flag.defaultValue(), EffectiveValue.Source.DEFAULT));
    }
}
