package com.cartwise.application.bundles.active;

import com.cartwise.application.bundles.ActiveBundle;
import com.cartwise.application.bundles.items.BundleVariants;
import com.cartwise.application.port.ActiveBundles;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.shop.ShopId;
import java.util.List;
import java.util.Map;

/** The merchant opens one active bundle. */
public final class FindActiveBundle {
    private final Shops shops;
    private final ActiveBundles activeBundles;
    private final BundleVariants variants;

    public FindActiveBundle(Shops shops, ActiveBundles activeBundles, BundleVariants variants) {
        this.shops = shops;
        this.activeBundles = activeBundles;
        this.variants = variants;
    }

    public Result execute(ShopId shop, BundleKey key) {
        if (shops.find(shop).isEmpty()) {
            return new Result.ShopNotFound(shop);
        }
        return activeBundles.find(shop, key)
                .<Result>map(b -> new Result.Found(b, variants.of(shop, List.of(b.candidate().variantIds()))))
                .orElseGet(() -> new Result.NotFound(shop, key));
    }

    public sealed interface Result {
        record Found(ActiveBundle bundle, Map<Long, Variant> variants) implements Result {
        }

        record NotFound(ShopId shop, BundleKey key) implements Result {
        }

        record ShopNotFound(ShopId shop) implements Result {
        }
    }
}
