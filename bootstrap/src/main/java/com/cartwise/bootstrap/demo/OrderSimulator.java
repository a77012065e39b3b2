package com.cartwise.bootstrap.demo;

import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.orders.Order;
import com.cartwise.domain.orders.OrderLine;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SequencedSet;

/**
 * A year of the demo shop's orders. Each order follows one of two customer missions: coming for
 * the anchor of a designed bundle (a pair of skis), or shopping a department, mostly staying in it
 * and sometimes reaching into a related one. Whoever takes an anchor, on either mission, takes its
 * complements (binding, wax) at a designed rate. Popularity inside a department follows Zipf's
 * law, and the departments follow their seasons.
 */
final class OrderSimulator {
    /** The year of orders: fixed, so that a seed always gives the same timestamps. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 10, 1);
    private static final int DAYS = 365;
    private static final ZoneId SHOP_ZONE = ZoneId.of("Europe/Vienna");
    private static final double ORDERS_PER_DAY = 11.0;
    private static final int OPENING_HOUR = 8;
    private static final int OPEN_HOURS = 12;
    /** Share of orders that come for a bundle anchor; the rest shop a department. */
    private static final double BUNDLE_SHARE = 0.35;
    /** Chance that a buyer of an anchor takes each complement: the first one (the binding) most often. */
    private static final double FIRST_COMPLEMENT = 0.8;
    private static final double FURTHER_COMPLEMENT = 0.65;
    /** Chance that an anchor buyer also picks one or two more things from the anchor's department. */
    private static final double BUNDLE_BUYER_BROWSES = 0.3;
    private static final double STAY_IN_CATEGORY = 0.75;
    private static final double TO_RELATED_CATEGORY = 0.15;
    private static final double ZIPF_EXPONENT = 1.1;
    private static final int MAX_LINES = 6;
    /** Lines of a department order: 1 to 6, a single item most often. */
    private static final List<Double> DEPARTMENT_BASKET_SIZES = List.of(0.38, 0.28, 0.17, 0.10, 0.05, 0.02);
    private static final Weighted<Integer> DEPARTMENT_BASKET_SIZE =
            Weighted.of(List.of(1, 2, 3, 4, 5, 6), size -> DEPARTMENT_BASKET_SIZES.get(size - 1));

    private final Random random;
    private final Currency currency;
    private final Map<String, Category> categories = new LinkedHashMap<>();
    private final Map<String, Weighted<DemoProduct>> byPopularity = new LinkedHashMap<>();
    private final Map<Month, Weighted<Category>> categoriesByMonth = new EnumMap<>(Month.class);
    private final Map<Month, Weighted<DesignedBundle>> bundlesByMonth = new EnumMap<>(Month.class);
    private final Map<String, ProductLine.Kind> kindBySku = new HashMap<>();
    private final Map<String, DesignedBundle> bundleByAnchorSku = new HashMap<>();
    /** The departments' seasonal weights summed over an average month, the baseline of {@link #traffic}. */
    private final double averageMonth;

    OrderSimulator(List<DemoProduct> products, List<DesignedBundle> bundles, Currency currency, Random random) {
        this.random = random;
        this.currency = currency;
        DemoCatalogue.CATEGORIES.forEach(c -> categories.put(c.name(), c));
        products.forEach(p -> p.variants().forEach(v -> kindBySku.put(v.sku(), p.line().kind())));
        bundles.forEach(b -> b.anchor().variants().forEach(v -> bundleByAnchorSku.put(v.sku(), b)));
        for (Category category : categories.values()) {
            List<DemoProduct> ranked = new ArrayList<>(products.stream().filter(p -> p.category().equals(category.name())).toList());
            // Which products are the best-sellers is the seed's choice, not the catalogue's order.
            Collections.shuffle(ranked, random);
            byPopularity.put(category.name(), Weighted.zipf(ranked, ZIPF_EXPONENT));
        }
        this.averageMonth = averageMonth(categories.values());
        for (Month month : Month.values()) {
            categoriesByMonth.put(month, Weighted.of(List.copyOf(categories.values()), c -> c.popularity() * c.season().weight(month)));
            // Bundles with many anchor variants get more buyers, so that each variant still sees a few.
            bundlesByMonth.put(month, Weighted.of(bundles, b ->
                    categories.get(b.anchor().category()).season().weight(month) * b.anchor().variants().size()));
        }
    }

    /** Orders named #1001, #1002 ... in the order they were placed. */
    List<Order> simulate() {
        List<Order> orders = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            LocalDate date = FIRST_DAY.plusDays(day);
            for (Instant placedAt : orderTimes(date)) {
                orders.add(new Order("#" + (1001 + orders.size()), placedAt, currency, lines(date.getMonth())));
            }
        }
        return orders;
    }

    private List<Instant> orderTimes(LocalDate date) {
        int count = poisson(ORDERS_PER_DAY * traffic(date.getMonth()) * weekday(date.getDayOfWeek()));
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalTime time = LocalTime.of(OPENING_HOUR, 0).plusSeconds(random.nextInt(OPEN_HOURS * 3600));
            times.add(date.atTime(time).atZone(SHOP_ZONE).toInstant());
        }
        times.sort(null);
        return times;
    }

    /** The shop's footfall in a month relative to an average month: the departments' seasons, weighted by size. */
    private double traffic(Month month) {
        double thisMonth = 0;
        for (Category c : categories.values()) {
            thisMonth += c.popularity() * c.season().weight(month);
        }
        return thisMonth / averageMonth;
    }

    private static double averageMonth(Collection<Category> categories) {
        double year = 0;
        for (Category c : categories) {
            for (Month m : Month.values()) {
                year += c.popularity() * c.season().weight(m) / 12;
            }
        }
        return year;
    }

    private static double weekday(DayOfWeek day) {
        return switch (day) {
            case SATURDAY -> 1.6;
            case SUNDAY -> 0.5;
            default -> 1.0;
        };
    }

    /** Knuth's method; fine for the small means of a shop's day. */
    private int poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    private List<OrderLine> lines(Month month) {
        SequencedSet<VariantRecord> basket = random.nextDouble() < BUNDLE_SHARE ? bundleBasket(month) : departmentBasket(month);
        attachComplements(basket);
        List<OrderLine> lines = new ArrayList<>();
        for (VariantRecord v : basket) {
            lines.add(new OrderLine(Variant.lineNameOf(v.product().title(), v.optionValues()), v.sku(), null, quantity(v), v.price()));
        }
        return lines;
    }

    private SequencedSet<VariantRecord> bundleBasket(Month month) {
        DesignedBundle bundle = bundlesByMonth.get(month).draw(random);
        SequencedSet<VariantRecord> basket = new LinkedHashSet<>();
        basket.add(variantOf(bundle.anchor()));
        if (random.nextDouble() < BUNDLE_BUYER_BROWSES) {
            fill(basket, categories.get(bundle.anchor().category()), 2 + random.nextInt(2), month);
        }
        return basket;
    }

    /**
     * Whoever buys an anchor takes its complements at the same rate, however they came to it, so
     * that even a best-selling anchor's designed complements stay its most frequent companions.
     */
    private void attachComplements(SequencedSet<VariantRecord> basket) {
        for (VariantRecord item : List.copyOf(basket)) {
            DesignedBundle bundle = bundleByAnchorSku.get(item.sku());
            for (int i = 0; bundle != null && i < bundle.complements().size() && basket.size() < MAX_LINES; i++) {
                if (random.nextDouble() < (i == 0 ? FIRST_COMPLEMENT : FURTHER_COMPLEMENT)) {
                    basket.add(DesignedBundle.companion(item, bundle.complements().get(i)));
                }
            }
        }
    }

    private SequencedSet<VariantRecord> departmentBasket(Month month) {
        SequencedSet<VariantRecord> basket = new LinkedHashSet<>();
        fill(basket, categoriesByMonth.get(month).draw(random), DEPARTMENT_BASKET_SIZE.draw(random), month);
        return basket;
    }

    private void fill(SequencedSet<VariantRecord> basket, Category home, int size, Month month) {
        int target = Math.min(size, MAX_LINES);
        // Shopify merges a repeated variant into one line, so a draw that repeats one is simply lost.
        for (int attempt = 0; attempt < 3 * target && basket.size() < target; attempt++) {
            double r = random.nextDouble();
            Category category = r < STAY_IN_CATEGORY ? home
                    : r < STAY_IN_CATEGORY + TO_RELATED_CATEGORY ? categories.get(home.related().get(random.nextInt(home.related().size())))
                    : categoriesByMonth.get(month).draw(random);
            basket.add(variantOf(byPopularity.get(category.name()).draw(random)));
        }
    }

    /** Middle sizes sell best: weights 2, 3, 3, 2 for four sizes. */
    private VariantRecord variantOf(DemoProduct product) {
        List<VariantRecord> variants = product.variants();
        int n = variants.size();
        int total = 0;
        for (int i = 0; i < n; i++) {
            total += 2 + Math.min(i, n - 1 - i);
        }
        int r = random.nextInt(total);
        for (int i = 0; ; i++) {
            r -= 2 + Math.min(i, n - 1 - i);
            if (r < 0) {
                return variants.get(i);
            }
        }
    }

    private int quantity(VariantRecord variant) {
        double r = random.nextDouble();
        if (kindBySku.get(variant.sku()).consumable) {
            return r < 0.60 ? 1 : r < 0.88 ? 2 : 3;
        }
        return r < 0.88 ? 1 : r < 0.97 ? 2 : 3;
    }
}
