package com.cartwise.application.fakes;

import com.cartwise.application.port.Catalog;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.catalog.Money;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.shop.ShopId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** {@link Catalog} in memory, keyed like the real one: handle plus option values. */
public final class InMemoryCatalog implements Catalog {
    private final Shops shops;
    private final AtomicLong ids = new AtomicLong();
    private final Map<ShopId, Map<String, Variant>> variants = new ConcurrentHashMap<>();

    public InMemoryCatalog(Shops shops) {
        this.shops = shops;
    }

    @Override
    public CatalogImportSummary upsert(ShopId shop, Iterator<VariantRecord> records) {
        var currency = shops.find(shop).orElseThrow().currency();
        Map<String, Variant> byKey = variants.computeIfAbsent(shop, s -> new LinkedHashMap<>());
        Set<String> handles = new HashSet<>();
        byKey.values().forEach(v -> handles.add(v.handle()));
        long rows = 0;
        long productsAdded = 0;
        long added = 0;
        long updated = 0;
        while (records.hasNext()) {
            VariantRecord r = records.next();
            rows++;
            String key = r.product().handle() + "\u0000" + String.join("\u0000", r.optionValues());
            // Like the real catalogue: the Shopify variant id, when given, also identifies a variant.
            Variant existing = byKey.get(key);
            if (existing == null && r.shopifyVariantId() != null) {
                String previousKey = byKey.entrySet().stream()
                        .filter(e -> r.shopifyVariantId().equals(e.getValue().shopifyVariantId()))
                        .map(Map.Entry::getKey).findFirst().orElse(null);
                existing = previousKey == null ? null : byKey.remove(previousKey);
            }
            long id = existing == null ? ids.incrementAndGet() : existing.id();
            Long shopifyVariantId = r.shopifyVariantId() != null ? r.shopifyVariantId()
                    : existing == null ? null : existing.shopifyVariantId();
            if (handles.add(r.product().handle())) {
                productsAdded++;
            }
            if (existing == null) {
                added++;
            } else {
                updated++;
            }
            byKey.put(key, new Variant(id, r.product().handle(), r.optionValues(), r.sku(), shopifyVariantId,
                    r.product().title(), new Money(r.price(), currency), r.stock(), r.product().status()));
            // Like the real catalogue, which keeps them once per product: title and status are the product's.
            byKey.replaceAll((k, v) -> v.handle().equals(r.product().handle()) && v.id() != id ? withProductOf(v, r) : v);
        }
        return new CatalogImportSummary(rows, productsAdded, added, updated);
    }

    private static Variant withProductOf(Variant v, VariantRecord r) {
        return new Variant(v.id(), v.handle(), v.optionValues(), v.sku(), v.shopifyVariantId(), r.product().title(),
                v.price(), v.stock(), r.product().status());
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

    /** Every variant of the shop, in import order. */
    public List<Variant> all(ShopId shop) {
        return new ArrayList<>(variants.getOrDefault(shop, Map.of()).values());
    }
}
