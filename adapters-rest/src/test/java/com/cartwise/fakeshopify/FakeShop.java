package com.cartwise.fakeshopify;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The store a fake Shopify serves: products with variants, stock by location, orders with lines.
 * Mutable, as a real shop is, so that a test can add an order or change a product and see the
 * change reach Cartwise by a sync or a webhook. Ids are Shopify-like numbers.
 */
public final class FakeShop {
    public final String domain;
    public final String name;
    public final String currency;
    public final List<Product> products = new ArrayList<>();
    public final List<Location> locations = new ArrayList<>();
    /** Stock per inventory item id, then per location id: {available, on hand}. */
    public final Map<Long, Map<Long, int[]>> stock = new LinkedHashMap<>();
    public final List<Order> orders = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong(1_000_000);

    public FakeShop(String domain, String name, String currency) {
        this.domain = domain;
        this.name = name;
        this.currency = currency;
    }

    public long nextId() {
        return ids.incrementAndGet();
    }

    public static final class Product {
        public long id;
        public String handle;
        public String title;
        public String vendor = "";
        public String productType = "";
        public List<String> tags = new ArrayList<>();
        public String status = "ACTIVE";
        public Instant createdAt;
        public Instant updatedAt;
        public final List<Variant> variants = new ArrayList<>();
    }

    public static final class Variant {
        public long id;
        public String sku = "";
        public String barcode = "";
        public BigDecimal price;
        public BigDecimal compareAtPrice;
        public BigDecimal cost;
        public String inventoryPolicy = "DENY";
        public boolean tracked = true;
        public long inventoryItemId;
        public List<String> options = new ArrayList<>();

        public String title() {
            return String.join(" / ", options);
        }
    }

    public record Location(long id, String name) {
    }

    public static final class Order {
        public long id;
        public String name;
        public Instant createdAt;
        public Instant updatedAt;
        public Instant cancelledAt;
        public String financialStatus = "PAID";
        public String email = "";
        public long customerId;
        public String discountCode = "";
        public BigDecimal totalDiscounts = BigDecimal.ZERO;
        public BigDecimal totalRefunded = BigDecimal.ZERO;
        public String sourceName = "web";
        public final List<Line> lines = new ArrayList<>();
    }

    public static final class Line {
        public long id;
        public String name;
        public String sku;
        public int quantity;
        public int currentQuantity;
        public String vendor = "";
        public Long variantId;
        public BigDecimal price;
        public BigDecimal discount = BigDecimal.ZERO;
    }

    /** A new order, added to the shop, of the same customer and variants as {@code model}, one unit each. */
    public Order newOrderLike(Order model, String name, Instant at) {
        Order o = new Order();
        o.id = nextId();
        o.name = name;
        o.createdAt = at;
        o.updatedAt = at;
        o.customerId = model.customerId;
        o.email = model.email;
        for (Line l : model.lines) {
            Line line = new Line();
            line.id = nextId();
            line.name = l.name;
            line.sku = l.sku;
            line.quantity = 1;
            line.currentQuantity = 1;
            line.variantId = l.variantId;
            line.price = l.price;
            o.lines.add(line);
        }
        orders.add(o);
        return o;
    }

    public Variant variant(long id) {
        return products.stream().flatMap(p -> p.variants.stream()).filter(v -> v.id == id).findFirst().orElseThrow();
    }

    public Product productOf(Variant variant) {
        return products.stream().filter(p -> p.variants.contains(variant)).findFirst().orElseThrow();
    }

    /** A variant's stock summed over its locations, as Shopify's inventoryQuantity reports it. */
    public int quantity(Variant variant) {
        return stock.getOrDefault(variant.inventoryItemId, Map.of()).values().stream().mapToInt(q -> q[0]).sum();
    }

    /** A variant's line name as Shopify writes it on an order: the product title, then " - " and the variant title. */
    public String lineName(Variant variant) {
        String title = variant.title();
        return title.equals("Default Title") ? productOf(variant).title : productOf(variant).title + " - " + title;
    }
}
