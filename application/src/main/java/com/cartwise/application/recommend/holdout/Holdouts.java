package com.cartwise.application.recommend.holdout;

import com.cartwise.application.flags.FlagCatalogue;
import com.cartwise.application.flags.StoredFlags;
import com.cartwise.application.flags.values.FlagValues;
import com.cartwise.domain.shop.ShopId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Each shop's {@link Holdout}, read from the flags once per flag refresh rather than on every
 * request: the till's path costs a reference comparison and a map look-up, no parsing. A flag
 * changed on any replica applies here at the next refresh, without a restart.
 */
public final class Holdouts {
    private final FlagValues flags;
    private volatile Table table = new Table(null, Map.of(), Holdout.OFF);

    public Holdouts(FlagValues flags) {
        this.flags = flags;
    }

    /** The holdout that applies to the shop now ({@link Holdout#OFF} when its share is 0). */
    public Holdout of(ShopId shop) {
        StoredFlags now = flags.stored();
        Table current = table;
        if (current.source != now) {
            current = Table.of(now);
            table = current;
        }
        return current.shops.getOrDefault(shop, current.global);
    }

    /** The holdouts of one snapshot of the flags: the global one, and those of shops with a value of their own. */
    private record Table(StoredFlags source, Map<ShopId, Holdout> shops, Holdout global) {
        static Table of(StoredFlags flags) {
            Map<ShopId, Holdout> shops = new HashMap<>();
            for (Map.Entry<ShopId, Map<String, String>> shop : flags.shops().entrySet()) {
                if (shop.getValue().containsKey(FlagCatalogue.HOLDOUT_SHARE.name())
                        || shop.getValue().containsKey(FlagCatalogue.HOLDOUT_CONTROL.name())) {
                    shops.put(shop.getKey(), holdout(flags, Optional.of(shop.getKey())));
                }
            }
            return new Table(flags, Map.copyOf(shops), holdout(flags, Optional.empty()));
        }

        private static Holdout holdout(StoredFlags flags, Optional<ShopId> shop) {
            double share = FlagCatalogue.HOLDOUT_SHARE.asNumber(flags.effective(FlagCatalogue.HOLDOUT_SHARE, shop).value());
            ControlArm control = ControlArm.fromStored(flags.effective(FlagCatalogue.HOLDOUT_CONTROL, shop).value());
            // a value stored by an older catalogue with another range is no holdout, not an error on every request
            return new Holdout(share >= 0 && share <= 1 ? share : 0, control);
        }
    }
}
