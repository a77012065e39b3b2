package com.cartwise.benchmarks.bundles;

import com.cartwise.domain.bundles.enrichment.CatalogEntry;
import com.cartwise.domain.bundles.enrichment.Catalogue;
import com.cartwise.domain.bundles.enrichment.OrderSale;
import com.cartwise.domain.bundles.enrichment.SaleLine;
import com.cartwise.domain.catalog.Stock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic shop for the bundle benchmark, the same for the same seed: products in 50
 * categories and 200 vendors with long-tail (Zipf, s = 1.1) popularity, 30% of them in 2-4
 * variants (sizes); log-normal prices per category, costs known for 80%; tracked stock for 90%,
 * roughly matching each product's sales (some overstocked, some sold out); creation dates over
 * three years (2% launched in the last month); three complements per product (mostly in its
 * category), added to an order with probability 0.35, a second with 0.1; 10% of products
 * seasonal (sales peak in one quarter); orders spread over two years before {@code asOf}, 15% of
 * lines of consumable categories for 2-3 units, 15% of lines discounted 5-30%.
 */
public final class GeneratedShop {
    private static final int CATEGORIES = 50;
    private static final int VENDORS = 200;
    private final Catalogue catalogue;
    private final List<OrderSale> orders;
    private final Instant asOf;

    private GeneratedShop(Catalogue catalogue, List<OrderSale> orders, Instant asOf) {
        this.catalogue = catalogue;
        this.orders = orders;
        this.asOf = asOf;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public List<OrderSale> orders() {
        return orders;
    }

    public Instant asOf() {
        return asOf;
    }

    public static GeneratedShop generate(int products, int orderCount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Instant asOf = Instant.parse("2025-06-30T00:00:00Z");
        Products catalogue = Products.generate(products, random, asOf);
        List<OrderSale> orders = new ArrayList<>(orderCount);
        long twoYears = 730L * 86_400;
        for (int o = 0; o < orderCount; o++) {
            orders.add(order(catalogue, random, asOf.minusSeconds(random.nextLong(twoYears))));
        }
        orders.sort((a, b) -> a.placedAt().compareTo(b.placedAt()));
        return new GeneratedShop(new Catalogue(Currency.getInstance("EUR"), catalogue.entries), orders, asOf);
    }

    private static OrderSale order(Products p, SplittableRandom random, Instant placedAt) {
        int month = placedAt.atOffset(ZoneOffset.UTC).getMonthValue() - 1;
        List<SaleLine> lines = new ArrayList<>();
        int first = p.pick(random, month);
        addLine(p, random, lines, first);
        if (random.nextDouble() < 0.35) {
            int complement = p.complements[first][random.nextInt(3)];
            addLine(p, random, lines, complement);
            if (random.nextDouble() < 0.1) {
                addLine(p, random, lines, p.complements[first][random.nextInt(3)]);
            }
        }
        while (random.nextDouble() < 0.3) {
            addLine(p, random, lines, p.pick(random, month));
        }
        return new OrderSale(placedAt, lines);
    }

    private static void addLine(Products p, SplittableRandom random, List<SaleLine> lines, int product) {
        int[] variants = p.variantsOf[product];
        CatalogEntry entry = p.entries.get(variants[random.nextInt(variants.length)]);
        int quantity = p.consumable[product] && random.nextDouble() < 0.15 ? 2 + random.nextInt(2) : 1;
        BigDecimal discount = BigDecimal.ZERO;
        if (random.nextDouble() < 0.15) {
            double rate = 0.05 + 0.05 * random.nextInt(6);
            discount = entry.price().multiply(BigDecimal.valueOf(quantity * rate)).setScale(2, RoundingMode.HALF_UP);
        }
        lines.add(new SaleLine(entry.variantId(), quantity, entry.price(), discount));
    }

    /** The catalogue and how products sell. */
    private static final class Products {
        final List<CatalogEntry> entries = new ArrayList<>();
        int[][] variantsOf;
        int[][] complements;
        boolean[] consumable;
        double[] cumulative;
        int[] season;

        static Products generate(int count, SplittableRandom random, Instant asOf) {
            Products p = new Products();
            p.variantsOf = new int[count][];
            p.complements = new int[count][3];
            p.consumable = new boolean[count];
            p.season = new int[count];
            p.cumulative = new double[count];
            double[] basePrice = new double[CATEGORIES];
            for (int c = 0; c < CATEGORIES; c++) {
                basePrice[c] = Math.exp(2 + 3 * random.nextDouble());
            }
            int[] categoryOf = new int[count];
            double total = 0;
            for (int i = 0; i < count; i++) {
                categoryOf[i] = random.nextInt(CATEGORIES);
                total += 1 / Math.pow(i + 1, 1.1);
                p.cumulative[i] = total;
                p.consumable[i] = categoryOf[i] % 5 == 0;
                p.season[i] = random.nextDouble() < 0.1 ? random.nextInt(4) : -1;
            }
            for (int i = 0; i < count; i++) {
                p.cumulative[i] /= total;
                p.addVariants(i, basePrice[categoryOf[i]], categoryOf[i], random, asOf);
            }
            for (int i = 0; i < count; i++) {
                for (int k = 0; k < 3; k++) {
                    p.complements[i][k] = complementOf(i, categoryOf, random, count);
                }
            }
            return p;
        }

        /** 1 variant, or 2-4 sizes for 30% of products; stock around the expected sales of a Zipf rank. */
        private void addVariants(int i, double categoryPrice, int category, SplittableRandom random, Instant asOf) {
            int variants = random.nextDouble() < 0.3 ? 2 + random.nextInt(3) : 1;
            variantsOf[i] = new int[variants];
            double price = categoryPrice * Math.exp(random.nextGaussian() * 0.5);
            boolean costKnown = random.nextDouble() < 0.8;
            double costShare = 0.3 + 0.5 * random.nextDouble();
            long created = random.nextDouble() < 0.02 ? random.nextLong(30L * 86_400) : random.nextLong(1095L * 86_400);
            double expectedUnits = 100_000.0 * 1.6 / (Math.pow(i + 1, 1.1) * 8) / variants;
            for (int v = 0; v < variants; v++) {
                variantsOf[i][v] = entries.size();
                BigDecimal amount = BigDecimal.valueOf(price).setScale(2, RoundingMode.HALF_UP).max(new BigDecimal("0.50"));
                Stock stock = random.nextDouble() < 0.1 ? Stock.untracked() : Stock.tracked((int) Math.round(expectedUnits * random.nextDouble() * 2));
                entries.add(new CatalogEntry(entries.size() + 1L, "product-" + i, "Product " + i, variants == 1 ? "" : "Size " + (v + 1), amount,
                        null, costKnown ? amount.multiply(BigDecimal.valueOf(costShare)).setScale(2, RoundingMode.HALF_UP) : null, stock,
                        "Category " + category, "Vendor " + random.nextInt(VENDORS), List.of(), asOf.minusSeconds(created), true));
            }
        }

        /** Mostly a product of the same category, with popularity bias; otherwise any product. */
        private static int complementOf(int product, int[] categoryOf, SplittableRandom random, int count) {
            for (int attempt = 0; attempt < 50; attempt++) {
                int candidate = (int) Math.min(count - 1, Math.floor(Math.pow(random.nextDouble(), 2) * count));
                if (candidate != product && (categoryOf[candidate] == categoryOf[product] || attempt > 40)) {
                    return candidate;
                }
            }
            return (product + 1) % count;
        }

        /** A product by popularity, seasonal ones mostly in their quarter. */
        int pick(SplittableRandom random, int month) {
            while (true) {
                double u = random.nextDouble();
                int lo = 0;
                int hi = cumulative.length - 1;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (cumulative[mid] < u) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                if (season[lo] < 0 || season[lo] == month / 3 || random.nextDouble() < 0.2) {
                    return lo;
                }
            }
        }
    }
}
