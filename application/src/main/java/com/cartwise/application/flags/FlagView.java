package com.cartwise.application.flags;

import com.cartwise.domain.shop.ShopId;
import java.util.Optional;

/**
 * A flag as the admin API shows it: the catalogue's entry, its global value, the shop's own value
 * (when asked for a shop) and what applies.
 */
public record FlagView(Flag flag, Optional<ShopId> shop, Optional<String> globalValue, Optional<String> shopValue,
                       EffectiveValue effective) {

    public static FlagView of(Flag flag, Optional<ShopId> shop, StoredFlags stored) {
        return new FlagView(flag, shop, stored.global(flag.name()), shop.flatMap(id -> stored.of(id, flag.name())),
                stored.effective(flag, shop));
    }
}
