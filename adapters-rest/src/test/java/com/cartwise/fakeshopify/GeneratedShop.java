package com.cartwise.fakeshopify;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a fake shop, the same for the same seed: products of one to four sizes (some of two
 * colours), stock at two locations, and orders over two years of one to five lines each, with the
 * cases a sync must carry: cancelled orders, fully refunded orders, lines refunded alone, lines of
 * a deleted variant (no variant id), customers with several orders, discount codes.
 */
public final class GeneratedShop {
    private static final Instant FIRST_DAY = Instant.parse("2023-01-01T00:00:00Z");
    private static final String[] WORDS = {"Alpine", "Trail", "Merino", "Summit", "Harbor", "Cedar", "Nordic", "Canyon"};
    private static final String[] NOUNS = {"Jacket", "Beanie", "Socks", "Gloves", "Boots", "Wax", "Goggles", "Backpack", "Mug"};
    private static final String[] SIZES = {"S", "M", "L", "XL"};

    private GeneratedShop() {
    }

    public static FakeShop generate(String domain, int products, int orders, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        FakeShop shop = new FakeShop(domain, "Generated " + domain, "EUR");
        shop.locations.add(new FakeShop.Location(shop.nextId(), "Main warehouse"));
        shop.locations.add(new FakeShop.Location(shop.nextId(), "City store"));
        List<FakeShop.Variant> variants = new ArrayList<>();
        for (int i = 0; i < products; i++) {
            variants.addAll(product(shop, i, random).variants);
        }
        List<Long> customers = new ArrayList<>();
        for (int i = 0; i < Math.max(1, orders / 3); i++) {
            customers.add(shop.nextId());
        }
        long span = Duration.ofDays(730).toSeconds();
        for (int i = 0; i < orders; i++) {
            Instant created = FIRST_DAY.plusSeconds(span * i / Math.max(1, orders) + random.nextInt(3600));
            shop.orders.add(order(shop, 1001 + i, created, variants, customers, random));
        }
        return shop;
    }

    private static FakeShop.Product product(FakeShop shop, int index, SplittableRandom random) {
        FakeShop.Product p = new FakeShop.Product();
        p.id = shop.nextId();
        p.title = WORDS[index % WORDS.length] + " " + NOUNS[(index / WORDS.length) % NOUNS.length] + " " + (index + 1);
        p.handle = p.title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        p.vendor = WORDS[(index * 7) % WORDS.length] + " Outfitters";
        p.productType = NOUNS[(index / WORDS.length) % NOUNS.length];
        p.tags = new ArrayList<>(List.of("winter", index % 2 == 0 ? "bestseller" : "new"));
        p.status = index % 50 == 49 ? "DRAFT" : "ACTIVE";
        p.createdAt = FIRST_DAY.minus(Duration.ofDays(30 + index % 90));
        p.updatedAt = p.createdAt;
        int sizes = 1 + random.nextInt(4);
        boolean colours = sizes > 1 && random.nextInt(4) == 0;
        BigDecimal price = BigDecimal.valueOf(500 + random.nextInt(15000), 2);
        for (int s = 0; s < sizes; s++) {
            for (String colour : colours ? List.of("Red", "Blue") : List.of("")) {
                FakeShop.Variant v = new FakeShop.Variant();
                v.id = shop.nextId();
                v.inventoryItemId = shop.nextId();
                v.options = sizes == 1 && !colours ? new ArrayList<>(List.of("Default Title"))
                        : new ArrayList<>(colour.isEmpty() ? List.of(SIZES[s]) : List.of(SIZES[s], colour));
                v.sku = "SKU-" + (index + 1) + "-" + String.join("-", v.options).replace("Default Title", "D");
                v.barcode = String.valueOf(4_000_000_000_000L + v.id);
                v.price = price;
                v.compareAtPrice = random.nextInt(5) == 0 ? price.add(BigDecimal.TEN) : null;
                v.cost = price.divide(BigDecimal.valueOf(2)).setScale(2, java.math.RoundingMode.HALF_UP);
                v.inventoryPolicy = random.nextInt(10) == 0 ? "CONTINUE" : "DENY";
                v.tracked = random.nextInt(8) != 0;
                java.util.Map<Long, int[]> levels = new LinkedHashMap<>();
                for (FakeShop.Location location : shop.locations) {
                    int available = random.nextInt(12);
                    levels.put(location.id(), new int[] {available, available + random.nextInt(3)});
                }
                shop.stock.put(v.inventoryItemId, levels);
                p.variants.add(v);
            }
        }
        shop.products.add(p);
        return p;
    }

    private static FakeShop.Order order(FakeShop shop, int number, Instant created, List<FakeShop.Variant> variants,
                                        List<Long> customers, SplittableRandom random) {
        FakeShop.Order o = new FakeShop.Order();
        o.id = shop.nextId();
        o.name = "#" + number;
        o.createdAt = created;
        o.updatedAt = created.plusSeconds(60);
        o.customerId = customers.get(random.nextInt(customers.size()));
        o.email = "customer" + o.customerId + "@example.com";
        o.sourceName = random.nextInt(4) == 0 ? "pos" : "web";
        int kind = random.nextInt(100);
        int lines = 1 + random.nextInt(5);
        List<FakeShop.Variant> chosen = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            FakeShop.Variant v = variants.get(Math.min(variants.size() - 1, (int) (Math.pow(random.nextDouble(), 2) * variants.size())));
            if (!chosen.contains(v)) {
                chosen.add(v);
            }
        }
        for (FakeShop.Variant v : chosen) {
            FakeShop.Line line = new FakeShop.Line();
            line.id = shop.nextId();
            line.name = shop.lineName(v);
            line.sku = v.sku;
            line.quantity = 1 + (random.nextInt(6) == 0 ? 1 : 0);
            line.currentQuantity = line.quantity;
            line.vendor = shop.productOf(v).vendor;
            line.variantId = kind == 99 ? null : v.id;
            line.price = v.price;
            o.lines.add(line);
        }
        if (kind < 2) {
            o.cancelledAt = created.plus(Duration.ofHours(2));
            o.financialStatus = "VOIDED";
        } else if (kind < 4) {
            o.financialStatus = "REFUNDED";
            o.lines.forEach(l -> l.currentQuantity = 0);
            o.totalRefunded = o.lines.stream().map(l -> l.price.multiply(BigDecimal.valueOf(l.quantity))).reduce(BigDecimal.ZERO, BigDecimal::add);
        } else if (kind < 7 && o.lines.size() > 1) {
            o.financialStatus = "PARTIALLY_REFUNDED";
            FakeShop.Line refunded = o.lines.getLast();
            refunded.currentQuantity = 0;
            o.totalRefunded = refunded.price.multiply(BigDecimal.valueOf(refunded.quantity));
        }
        if (kind % 10 == 5) {
            o.discountCode = "WINTER10";
            o.totalDiscounts = BigDecimal.valueOf(500, 2);
        }
        return o;
    }
}
