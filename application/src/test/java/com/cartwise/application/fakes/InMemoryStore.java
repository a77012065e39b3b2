package com.cartwise.application.fakes;

import com.cartwise.application.port.Shops;
import com.cartwise.domain.catalog.Money;
import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.imports.CustomerRow;
import com.cartwise.domain.shop.ShopId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the in-memory fakes of the persistence ports share, as PostgreSQL's tables are shared by
 * its adapters: every shop's products, variants, orders, stock and customers.
 */
public final class InMemoryStore {
    private final Shops shops;
    private final AtomicLong variantIds = new AtomicLong();
    private final Map<ShopId, ShopData> data = new ConcurrentHashMap<>();

    public InMemoryStore(Shops shops) {
        this.shops = shops;
    }

    ShopData of(ShopId shop) {
        return data.computeIfAbsent(shop, s -> new ShopData());
    }

    long nextVariantId() {
        return variantIds.incrementAndGet();
    }

    /** The shop's variants as the catalogue port answers them: with their product's title and status, in the shop's currency. */
    List<Variant> variants(ShopId shop) {
        ShopData d = of(shop);
        var currency = shops.find(shop).orElseThrow().currency();
        synchronized (d) {
            List<Variant> variants = new ArrayList<>();
            d.variants.forEach((id, v) -> {
                Product p = d.products.get(v.handle);
                variants.add(new Variant(id, v.handle, v.optionValues, v.sku, v.shopifyVariantId, p.title(),
                        new Money(v.price, currency), v.priceGiven, v.stock, p.status()));
            });
            return variants;
        }
    }

    /** The shop's orders that were not cancelled, oldest first (ties by name), as the order reads see them. */
    List<StoredOrder> placedOrders(ShopId shop) {
        ShopData d = of(shop);
        List<StoredOrder> sorted;
        synchronized (d) {
            sorted = new ArrayList<>(d.orders.values());
        }
        sorted.removeIf(StoredOrder::cancelled);
        sorted.sort(Comparator.comparing(StoredOrder::createdAt).thenComparing(StoredOrder::name));
        return sorted;
    }

    /** One shop's rows. Callers synchronize on it, as a transaction would serialise them. */
    static final class ShopData {
        final Map<String, Product> products = new LinkedHashMap<>();
        final Map<String, Long> shopifyProductIds = new LinkedHashMap<>();
        final Map<Long, StoredVariant> variants = new LinkedHashMap<>();
        final Map<String, StoredOrder> orders = new LinkedHashMap<>();
        final Map<String, Integer> levels = new LinkedHashMap<>();
        final Map<String, CustomerRow> customers = new LinkedHashMap<>();
        long lastOrderId;
    }

    /** A variant row. */
    static final class StoredVariant {
        String handle;
        List<String> optionValues;
        String sku;
        String barcode;
        Long shopifyVariantId;
        BigDecimal price;
        /** False for an item basket data added without a price, until a catalogue import prices it. */
        boolean priceGiven = true;
        Stock stock;
        BigDecimal compareAtPrice;
        BigDecimal cost;
        Long inventoryItemId;

        String lineName(Map<String, Product> products) {
            return Variant.lineNameOf(products.get(handle).title(), optionValues);
        }
    }

    /** An order and its lines, as merged. */
    record StoredOrder(long id, String name, Instant createdAt, boolean cancelled, List<StoredLine> lines, long contentHash) {
    }

    record StoredLine(String name, String sku, Long shopifyVariantId, int quantity, boolean refunded, BigDecimal price,
                      BigDecimal discount) {
    }
}
