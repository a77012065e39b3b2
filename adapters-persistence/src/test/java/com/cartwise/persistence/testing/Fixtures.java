package com.cartwise.persistence.testing;

import com.cartwise.application.port.Shops;
import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.orders.Order;
import com.cartwise.domain.orders.OrderLine;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** Shops, catalogue records and orders as the tests write them: short, with only what matters spelled out. */
public final class Fixtures {
    private Fixtures() {
    }

    /** A shop no other test uses: how tests sharing one database stay apart. */
    public static ShopId newShop(Shops shops, String currency) {
        ShopId id = ShopId.of("shop-" + UUID.randomUUID());
        shops.add(new Shop(id, "Shop " + id, Currency.getInstance(currency)));
        return id;
    }

    public static Product product(String handle, String title) {
        return new Product(handle, title, "Rieker", "Shoes", List.of("summer", "leather"));
    }

    /** A tracked variant with 5 in stock and no Shopify id, as a products export describes it. */
    public static VariantRecord variant(String handle, String title, String sku, String price, String... optionValues) {
        return variant(product(handle, title), List.of(optionValues), sku, null, price, Stock.tracked(5));
    }

    public static VariantRecord variant(Product product, List<String> optionValues, String sku, Long shopifyVariantId,
                                        String price, Stock stock) {
        return new VariantRecord(product, optionValues, sku, "barcode-" + sku, shopifyVariantId, new BigDecimal(price),
                stock);
    }

    /** The same record as the Admin API would send it: with its Shopify variant id. */
    public static VariantRecord withShopifyId(VariantRecord record, long shopifyVariantId) {
        return new VariantRecord(record.product(), record.optionValues(), record.sku(), record.barcode(),
                shopifyVariantId, record.price(), record.stock());
    }

    /** {@code count} one-variant products, handles "product-0", "product-1" ... */
    public static Iterator<VariantRecord> manyVariants(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> variant("product-" + i, "Product " + i, "SKU-" + i, i + ".50"))
                .iterator();
    }

    public static Order order(String name, String createdAt, OrderLine... lines) {
        return new Order(name, Instant.parse(createdAt), Currency.getInstance("EUR"), List.of(lines));
    }

    public static OrderLine line(String name, String sku) {
        return new OrderLine(name, sku, null, 1, new BigDecimal("10.00"));
    }

    public static OrderLine lineWithShopifyId(String name, String sku, long shopifyVariantId) {
        return new OrderLine(name, sku, shopifyVariantId, 1, new BigDecimal("10.00"));
    }

    /** {@code count} orders of one line each, named "#0", "#1" ..., one minute apart. */
    public static Iterator<Order> manyOrders(int count, String lineName) {
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        return IntStream.range(0, count)
                .mapToObj(i -> new Order("#" + i, start.plusSeconds(60L * i), Currency.getInstance("EUR"),
                        List.of(line(lineName, ""))))
                .iterator();
    }
}
