package com.cartwise.application.fakes;

import com.cartwise.application.flags.FlagChange;
import com.cartwise.application.flags.StoredFlags;
import com.cartwise.application.port.FeatureFlags;
import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** {@link FeatureFlags} in maps, the audit trail in a list. */
public final class InMemoryFeatureFlags implements FeatureFlags {
    private final Map<String, String> global = new HashMap<>();
    private final Map<ShopId, Map<String, String>> shops = new HashMap<>();
    private final List<FlagChange> changes = new ArrayList<>();

    @Override
    public synchronized StoredFlags load() {
        return new StoredFlags(global, shops);
    }

    @Override
    public synchronized FlagChange set(Optional<ShopId> shop, String name, Optional<String> value, String actor, Instant at) {
        Map<String, String> values = shop.map(id -> shops.computeIfAbsent(id, any -> new HashMap<>())).orElse(global);
        Optional<String> old = Optional.ofNullable(value.isPresent() ? values.put(name, value.get()) : values.remove(name));
        shop.filter(id -> values.isEmpty()).ifPresent(shops::remove);
        FlagChange change = new FlagChange(changes.size() + 1, shop, name, old, value, actor, at);
        changes.add(change);
        return change;
    }

    @Override
    public synchronized List<FlagChange> changes(int limit, OptionalLong before) {
        return changes.reversed().stream().filter(c -> before.isEmpty() || c.id() < before.getAsLong()).limit(limit).toList();
    }
}
