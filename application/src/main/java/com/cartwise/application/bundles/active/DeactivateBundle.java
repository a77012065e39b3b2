package com.cartwise.application.bundles.active;

import com.cartwise.application.bundles.ActiveBundle;
import com.cartwise.application.bundles.cart.ServingBundles;
import com.cartwise.application.bundles.items.BundleVariants;
import com.cartwise.application.port.ActiveBundles;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The merchant takes an active bundle off: no longer offered at the till or exported. It stays listed as inactive. */
public final class DeactivateBundle {
    private final Shops shops;
    private final ActiveBundles activeBundles;
    private final ServingBundles serving;
    private final BundleVariants variants;
    private final Clock clock;

    public DeactivateBundle(Shops shops, ActiveBundles activeBundles, ServingBundles serving, BundleVariants variants,
                            Clock clock) {
        this.shops = shops;
        this.activeBundles = activeBundles;
        this.serving = serving;
        this.variants = variants;
        this.clock = clock;
    }

    public Result execute(ShopId shop, BundleKey key) {
        if (shops.find(shop).isEmpty()) {
            return new Result.ShopNotFound(shop);
        }
        return activeBundles.deactivate(shop, key, clock.instant()).<Result>map(bundle -> {
            serving.evict(shop);
            return new Result.Deactivated(bundle, variants.of(shop, List.of(bundle.candidate().variantIds())));
        }).orElseGet(() -> new Result.NotFound(shop, key));
    }

    public sealed interface Result {
        record Deactivated(ActiveBundle bundle, Map<Long, Variant> variants) implements Result {
        }

        record NotFound(ShopId shop, BundleKey key) implements Result {
        }

        record ShopNotFound(ShopId shop) implements Result {
        }
    }
}
