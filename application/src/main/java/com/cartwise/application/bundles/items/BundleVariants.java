package com.cartwise.application.bundles.items;

import com.cartwise.application.port.Catalog;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.shop.ShopId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The catalogue's current variants behind bundles, by id, for showing them: titles, SKUs and
 * Shopify ids as the shop has them now. A variant deleted since has no entry.
 */
public final class BundleVariants {
    private final Catalog catalog;

    public BundleVariants(Catalog catalog) {
        this.catalog = catalog;
    }

    public Map<Long, Variant> of(ShopId shop, Collection<? extends Collection<Long>> variantIdLists) {
        Set<Long> ids = new LinkedHashSet<>();
        variantIdLists.forEach(ids::addAll);
        Map<Long, Variant> byId = new HashMap<>();
        catalog.variants(shop, ids).forEach(v -> byId.put(v.id(), v));
        return Map.copyOf(byId);
    }
}
