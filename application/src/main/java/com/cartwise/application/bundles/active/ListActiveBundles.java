package com.cartwise.application.bundles.active;

import com.cartwise.application.bundles.ActiveBundle;
import com.cartwise.application.bundles.ActiveBundleQuery;
import com.cartwise.application.bundles.items.BundleVariants;
import com.cartwise.application.port.ActiveBundles;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.shop.ShopId;
import java.util.List;
import java.util.Map;

/** The merchant's active bundles (and, if asked, the inactive ones), newest first, a page at a time. */
public final class ListActiveBundles {
    private final Shops shops;
    private final ActiveBundles activeBundles;
    private final BundleVariants variants;

    public ListActiveBundles(Shops shops, ActiveBundles activeBundles, BundleVariants variants) {
        this.shops = shops;
        this.activeBundles = activeBundles;
        this.variants = variants;
    }

    public Result execute(ActiveBundleQuery query) {
        if (shops.find(query.shop()).isEmpty()) {
            return new Result.ShopNotFound(query.shop());
        }
        List<ActiveBundle> page = activeBundles.list(query);
        return new Result.Listed(page, variants.of(query.shop(), page.stream().map(b -> b.candidate().variantIds()).toList()));
    }

    public sealed interface Result {
        record Listed(List<ActiveBundle> bundles, Map<Long, Variant> variants) implements Result {
        }

        record ShopNotFound(ShopId shop) implements Result {
        }
    }
}
