package com.cartwise.application.fakes;

import com.cartwise.application.port.Catalog;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.recommend.serving.ProductReference;
import com.cartwise.domain.shop.ShopId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@link Catalog} in memory, over the fakes' shared store. */
public final class InMemoryCatalog implements Catalog {
    private final InMemoryStore store;

    public InMemoryCatalog(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public List<Variant> variants(ShopId shop, Collection<Long> variantIds) {
        Set<Long> wanted = new HashSet<>(variantIds);
        return all(shop).stream().filter(v -> wanted.contains(v.id())).toList();
    }

    @Override
    public List<Variant> variantsWithSkus(ShopId shop, Collection<String> skus) {
        Set<String> wanted = new HashSet<>(skus);
        return all(shop).stream().filter(v -> wanted.contains(v.sku())).toList();
    }

    @Override
    public boolean has(ShopId shop, ProductReference product) {
        return switch (product) {
            case ProductReference.OfProduct p -> all(shop).stream().anyMatch(v -> v.handle().equals(p.handle()));
            case ProductReference.OfVariant v -> all(shop).stream().filter(variant -> named(variant, v.variant())).count() == 1;
        };
    }

    private static boolean named(Variant variant, VariantKey key) {
        return switch (key) {
            case VariantKey.ById id -> variant.id() == id.variantId();
            case VariantKey.ByShopifyVariantId s -> Long.valueOf(s.shopifyVariantId()).equals(variant.shopifyVariantId());
            case VariantKey.BySku s -> variant.sku().equals(s.sku());
        };
    }

    /** Every variant of the shop, in the order they were added. */
    public List<Variant> all(ShopId shop) {
        return store.variants(shop);
    }
}
