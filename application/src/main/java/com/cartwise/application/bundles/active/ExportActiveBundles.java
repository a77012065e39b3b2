package com.cartwise.application.bundles.active;

import com.cartwise.application.bundles.ActiveBundle;
import com.cartwise.application.bundles.items.BundleVariants;
import com.cartwise.application.bundles.review.ApprovalCheck;
import com.cartwise.application.port.ActiveBundles;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.shop.ShopId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shop's active bundles for its storefront: each with its products as the catalogue has them
 * now (Shopify variant ids, SKUs, titles), whether every one of them can be sold now, and whether
 * they still cost together what the bundle was priced on (a live bundle keeps the price it was
 * approved at: a products export imported since may have changed its items' prices).
 */
public final class ExportActiveBundles {
    private final Shops shops;
    private final ActiveBundles activeBundles;
    private final BundleVariants variants;

    public ExportActiveBundles(Shops shops, ActiveBundles activeBundles, BundleVariants variants) {
        this.shops = shops;
        this.activeBundles = activeBundles;
        this.variants = variants;
    }

    /**
     * An active bundle as exported.
     *
     * @param items     its variants in the bundle's order; one deleted from the catalogue since is missing
     * @param available every variant exists and can be sold now (active product, in stock or sold without stock)
     * @param pricesCurrent the catalogue prices its items as when it was priced ({@link ApprovalCheck#pricesChanged})
     */
    public record ExportedBundle(ActiveBundle bundle, List<Variant> items, boolean available, boolean pricesCurrent) {
        public ExportedBundle {
            items = List.copyOf(items);
        }
    }

    public Result execute(ShopId shop) {
        if (shops.find(shop).isEmpty()) {
            return new Result.ShopNotFound(shop);
        }
        List<ActiveBundle> active = activeBundles.active(shop);
        Map<Long, Variant> known = variants.of(shop, active.stream().map(b -> b.candidate().variantIds()).toList());
        List<ExportedBundle> exported = new ArrayList<>(active.size());
        for (ActiveBundle bundle : active) {
            List<Long> ids = bundle.candidate().variantIds();
            List<Variant> items = ids.stream().filter(known::containsKey).map(known::get).toList();
            exported.add(new ExportedBundle(bundle, items, items.size() == ids.size() && items.stream().allMatch(Variant::sellable),
                    ApprovalCheck.pricesChanged(bundle.candidate(), bundle.price(), known).isEmpty()));
        }
        return new Result.Exported(exported);
    }

    public sealed interface Result {
        record Exported(List<ExportedBundle> bundles) implements Result {
        }

        record ShopNotFound(ShopId shop) implements Result {
        }
    }
}
