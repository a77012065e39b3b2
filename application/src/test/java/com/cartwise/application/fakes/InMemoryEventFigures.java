package com.cartwise.application.fakes;

import com.cartwise.application.port.EventFigures;
import com.cartwise.domain.analytics.Acceptance;
import com.cartwise.domain.analytics.ArmFigures;
import com.cartwise.domain.analytics.HoldoutFigures;
import com.cartwise.domain.analytics.experiment.Arm;
import com.cartwise.domain.analytics.Event;
import com.cartwise.domain.analytics.Figures;
import com.cartwise.domain.analytics.Granularity;
import com.cartwise.domain.analytics.OrderFigures;
import com.cartwise.domain.analytics.Period;
import com.cartwise.domain.analytics.RecommendationId;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.recommend.Source;
import com.cartwise.domain.shop.ShopId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** {@link EventFigures} summed in Java over {@link InMemoryEvents}, by the same definitions as the SQL. */
public final class InMemoryEventFigures implements EventFigures {
    private final InMemoryEvents events;

    public InMemoryEventFigures(InMemoryEvents events) {
        this.events = events;
    }

    /** One variant of one impression in the period, and whether an accept named it. */
    private record ShownItem(Instant at, long variantId, Source source, List<Long> cart, boolean accepted) {
        Acceptance acceptance() {
            return new Acceptance(1, accepted ? 1 : 0);
        }
    }

    private record Accepted(RecommendationId answer, long variantId) {
    }

    private Set<Accepted> accepts(ShopId shop) {
        Set<Accepted> all = new HashSet<>();
        for (Event e : events.of(shop)) {
            if (e instanceof Event.Accept a) {
                all.add(new Accepted(a.recommendationId(), a.variantId()));
            }
        }
        return all;
    }

    private List<ShownItem> shown(ShopId shop, Period period) {
        Set<Accepted> accepts = accepts(shop);
        List<ShownItem> items = new ArrayList<>();
        for (Event e : events.of(shop)) {
            if (e instanceof Event.Impression i && period.contains(i.occurredAt())) {
                for (Event.Shown s : i.shown()) {
                    items.add(new ShownItem(i.occurredAt(), s.variantId(), s.source(), i.cartVariantIds(),
                            accepts.contains(new Accepted(i.recommendationId(), s.variantId()))));
                }
            }
        }
        return items;
    }

    private static <K> Map<K, Acceptance> sum(List<ShownItem> items, Function<ShownItem, K> key, Map<K, Acceptance> into) {
        for (ShownItem item : items) {
            into.merge(key.apply(item), item.acceptance(), Acceptance::plus);
        }
        return into;
    }

    @Override
    public List<Figures.BySource> acceptanceBySource(ShopId shop, Period period) {
        return sum(shown(shop, period), ShownItem::source, new TreeMap<>(Comparator.comparing(Source::wireName))).entrySet().stream()
                .map(e -> new Figures.BySource(e.getKey(), e.getValue())).toList();
    }

    @Override
    public List<Figures.ByVariant> acceptanceByVariant(ShopId shop, Period period) {
        return sum(shown(shop, period), ShownItem::variantId, new TreeMap<>()).entrySet().stream()
                .map(e -> new Figures.ByVariant(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong((Figures.ByVariant v) -> -v.acceptance().shown()).thenComparingLong(Figures.ByVariant::variantId))
                .toList();
    }

    private record PairKey(long cart, long variant) {
    }

    @Override
    public List<Figures.Pair> topPairs(ShopId shop, Period period, int limit) {
        Map<PairKey, Acceptance> pairs = new TreeMap<>(Comparator.comparingLong(PairKey::cart).thenComparingLong(PairKey::variant));
        for (ShownItem item : shown(shop, period)) {
            for (long cart : item.cart()) {
                pairs.merge(new PairKey(cart, item.variantId()), item.acceptance(), Acceptance::plus);
            }
        }
        return pairs.entrySet().stream()
                .map(e -> new Figures.Pair(e.getKey().cart(), e.getKey().variant(), e.getValue()))
                .sorted(Comparator.comparingLong((Figures.Pair p) -> -p.acceptance().accepted())
                        .thenComparingLong(p -> -p.acceptance().shown()))
                .limit(limit).toList();
    }

    @Override
    public List<Figures.Bundle> topBundles(ShopId shop, Period period, int limit) {
        Map<BundleKey, Figures.Bundle> bundles = new TreeMap<>(Comparator.comparing(BundleKey::value));
        for (Event e : events.of(shop)) {
            if (!period.contains(e.occurredAt())) {
                continue;
            }
            if (e instanceof Event.BundleView v) {
                bundles.merge(v.bundleKey(), new Figures.Bundle(v.bundleKey(), 1, 0, BigDecimal.ZERO), InMemoryEventFigures::plus);
            } else if (e instanceof Event.BundlePurchase p) {
                bundles.merge(p.bundleKey(), new Figures.Bundle(p.bundleKey(), 0, 1, p.revenue().amount()), InMemoryEventFigures::plus);
            }
        }
        return bundles.values().stream()
                .sorted(Comparator.comparing(Figures.Bundle::revenue).reversed()
                        .thenComparing(Comparator.comparingLong(Figures.Bundle::purchases).reversed())
                        .thenComparing(Comparator.comparingLong(Figures.Bundle::views).reversed()))
                .limit(limit).toList();
    }

    private static Figures.Bundle plus(Figures.Bundle a, Figures.Bundle b) {
        return new Figures.Bundle(a.bundleKey(), a.views() + b.views(), a.purchases() + b.purchases(), a.revenue().add(b.revenue()));
    }

    @Override
    public OrderFigures orders(ShopId shop, Period period) {
        return ordersBy(shop, period, Granularity.DAY).values().stream().reduce(OrderFigures.NONE, OrderFigures::plus);
    }

    private Map<LocalDate, OrderFigures> ordersBy(ShopId shop, Period period, Granularity granularity) {
        Set<Accepted> accepts = accepts(shop);
        Map<LocalDate, OrderFigures> byBucket = new TreeMap<>();
        for (Event e : events.of(shop)) {
            if (e instanceof Event.Purchase p && period.contains(p.occurredAt())) {
                boolean with = p.recommendationIds().stream()
                        .anyMatch(answer -> p.variantIds().stream().anyMatch(v -> accepts.contains(new Accepted(answer, v))));
                BigDecimal revenue = p.revenue().amount();
                OrderFigures one = with ? new OrderFigures(1, revenue, 0, BigDecimal.ZERO) : new OrderFigures(0, BigDecimal.ZERO, 1, revenue);
                byBucket.merge(granularity.bucketOf(p.occurredAt()), one, OrderFigures::plus);
            }
        }
        return byBucket;
    }

    @Override
    public List<Figures.Bucket> series(ShopId shop, Period period, Granularity granularity) {
        Map<LocalDate, Acceptance> acceptance = sum(shown(shop, period), item -> granularity.bucketOf(item.at()), new TreeMap<>());
        Map<LocalDate, OrderFigures> orders = ordersBy(shop, period, granularity);
        Map<LocalDate, Figures.Bundle> bundles = new TreeMap<>();
        BundleKey any = new BundleKey("00000000000000000000000000000000");
        for (Event e : events.of(shop)) {
            if (period.contains(e.occurredAt()) && e instanceof Event.BundleView) {
                bundles.merge(granularity.bucketOf(e.occurredAt()), new Figures.Bundle(any, 1, 0, BigDecimal.ZERO), InMemoryEventFigures::plus);
            } else if (period.contains(e.occurredAt()) && e instanceof Event.BundlePurchase p) {
                bundles.merge(granularity.bucketOf(e.occurredAt()), new Figures.Bundle(any, 0, 1, p.revenue().amount()),
                        InMemoryEventFigures::plus);
            }
        }
        Set<LocalDate> starts = new java.util.TreeSet<>(acceptance.keySet());
        starts.addAll(orders.keySet());
        starts.addAll(bundles.keySet());
        List<Figures.Bucket> series = new ArrayList<>();
        for (LocalDate start : starts) {
            Figures.Bundle b = bundles.getOrDefault(start, new Figures.Bundle(any, 0, 0, BigDecimal.ZERO));
            series.add(new Figures.Bucket(start, acceptance.getOrDefault(start, Acceptance.NONE), orders.getOrDefault(start, OrderFigures.NONE),
                    b.views(), b.purchases(), b.revenue()));
        }
        return series;
    }

    @Override
    public HoldoutFigures holdout(ShopId shop, Period period) {
        Set<Accepted> accepts = accepts(shop);
        Map<Arm, Set<RecommendationId>> answers = new EnumMap<>(Arm.class);
        Map<Arm, Long> impressions = new EnumMap<>(Arm.class);
        Map<Arm, Acceptance> acceptance = new EnumMap<>(Arm.class);
        Map<Arm, List<BigDecimal>> orders = new EnumMap<>(Arm.class);
        long mixed = 0;
        for (Event e : events.of(shop)) {
            if (!period.contains(e.occurredAt())) {
                continue;
            }
            if (e instanceof Event.Impression i) {
                Arm arm = i.recommendationId().arm();
                answers.computeIfAbsent(arm, a -> new HashSet<>()).add(i.recommendationId());
                impressions.merge(arm, 1L, Long::sum);
                for (Event.Shown s : i.shown()) {
                    boolean accepted = accepts.contains(new Accepted(i.recommendationId(), s.variantId()));
                    acceptance.merge(arm, new Acceptance(1, accepted ? 1 : 0), Acceptance::plus);
                }
            } else if (e instanceof Event.Purchase p) {
                Set<Arm> arms = EnumSet.noneOf(Arm.class);
                for (RecommendationId answer : p.recommendationIds()) {
                    answers.computeIfAbsent(answer.arm(), a -> new HashSet<>()).add(answer);
                    if (answer.arm() != Arm.NONE) {
                        arms.add(answer.arm());
                    }
                }
                if (arms.size() == 1) {
                    orders.computeIfAbsent(arms.iterator().next(), a -> new ArrayList<>()).add(p.revenue().amount());
                }
                mixed += arms.size() > 1 ? 1 : 0;
            }
        }
        return new HoldoutFigures(arm(Arm.TREATMENT, answers, impressions, acceptance, orders),
                arm(Arm.CONTROL, answers, impressions, acceptance, orders), mixed);
    }

    private static ArmFigures arm(Arm arm, Map<Arm, Set<RecommendationId>> answers, Map<Arm, Long> impressions,
                                  Map<Arm, Acceptance> acceptance, Map<Arm, List<BigDecimal>> orders) {
        List<BigDecimal> values = orders.getOrDefault(arm, List.of());
        return new ArmFigures(arm, answers.getOrDefault(arm, Set.of()).size(), impressions.getOrDefault(arm, 0L),
                acceptance.getOrDefault(arm, Acceptance.NONE), values.size(), values.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                values.stream().map(v -> v.multiply(v)).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
