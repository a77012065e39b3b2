package com.cartwise.persistence.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.application.analytics.KnownEvents;
import com.cartwise.application.analytics.KnownHoldoutEvents;
import com.cartwise.application.port.EventFigures;
import com.cartwise.application.port.Events;
import com.cartwise.domain.analytics.Acceptance;
import com.cartwise.domain.analytics.ArmFigures;
import com.cartwise.domain.analytics.HoldoutFigures;
import com.cartwise.domain.analytics.experiment.Arm;
import com.cartwise.domain.analytics.Figures;
import com.cartwise.domain.analytics.Granularity;
import com.cartwise.domain.analytics.OrderFigures;
import com.cartwise.domain.analytics.Period;
import com.cartwise.domain.recommend.Source;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.testing.Ports;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@code EventFigures} sums from {@link KnownEvents}, each figure worked out by hand
 * from the table in its comment; the in-memory one and PostgreSQL's alike.
 */
abstract class EventFiguresContract {
    private static final Period MARCH = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
    private static final Period FIRST_WEEK = new Period(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8));
    private ShopId shop;

    protected abstract Ports ports();

    protected abstract Events events();

    protected abstract EventFigures figures();

    @BeforeEach
    void recordTheKnownEvents() {
        shop = ShopId.of("figures-" + UUID.randomUUID());
        ports().shops().add(new Shop(shop, "Alpine", Currency.getInstance("EUR")));
        events().record(shop, KnownEvents.ALL);
    }

    @Test
    void acceptanceBySourceCountsEachShownVariantAndTheAcceptsThatNameIt() {
        // co_purchase shown: 10, 11 (answer 1), 10 (2), 11 (3), 10 (4) = 5; accepted 10 (1), 11 (3), 10 (4) = 3
        // popularity shown: 12 (1), 13 (2), 12 (3) = 3; accepted 13 (2) = 1; the stray accept counts nowhere
        assertEquals(List.of(new Figures.BySource(Source.CO_PURCHASE, new Acceptance(5, 3)),
                new Figures.BySource(Source.POPULARITY, new Acceptance(3, 1))), figures().acceptanceBySource(shop, MARCH));
    }

    @Test
    void acceptanceByVariantMostShownFirst() {
        // 10: shown in answers 1, 2, 4, accepted in 1 and 4; 11: 1, 3 / 3; 12: 1, 3 / none; 13: 2 / 2
        assertEquals(List.of(new Figures.ByVariant(10, new Acceptance(3, 2)), new Figures.ByVariant(11, new Acceptance(2, 1)),
                new Figures.ByVariant(12, new Acceptance(2, 0)), new Figures.ByVariant(13, new Acceptance(1, 1))),
                figures().acceptanceByVariant(shop, MARCH));
    }

    @Test
    void aPeriodCountsOnlyItsImpressionsButTheirAcceptsFromAnyTime() {
        // first week: answers 1 and 2 only: co 10, 11, 10 (accepted 10 of answer 1); pop 12, 13 (accepted 13)
        assertEquals(List.of(new Figures.BySource(Source.CO_PURCHASE, new Acceptance(3, 1)),
                new Figures.BySource(Source.POPULARITY, new Acceptance(2, 1))), figures().acceptanceBySource(shop, FIRST_WEEK));
    }

    @Test
    void topPairsAreTheCartVariantAndTheShownOneMostAcceptedFirst() {
        // cart 1: 10 (answers 1, 4: both accepted), 11 (1, 3: 3 accepted), 12 (1, 3: none); cart 2: 10 (2: no), 13 (2: yes)
        assertEquals(List.of(new Figures.Pair(1, 10, new Acceptance(2, 2)), new Figures.Pair(1, 11, new Acceptance(2, 1)),
                new Figures.Pair(2, 13, new Acceptance(1, 1)), new Figures.Pair(1, 12, new Acceptance(2, 0))),
                figures().topPairs(shop, MARCH, 4));
    }

    @Test
    void ordersSplitByAnAcceptedRecommendationWithTheirRevenue() {
        // with: #1 100.00 (answer 1 accepted 10, in the order), #3 60.00 (answer 3, 11)
        // without: #2 40.00 (no answer), #4 20.00 (answer 2 accepted 13, not in the order)
        OrderFigures orders = figures().orders(shop, MARCH);

        assertEquals(2, orders.ordersWith());
        assertAmount("160.00", orders.revenueWith());
        assertEquals(2, orders.ordersWithout());
        assertAmount("60.00", orders.revenueWithout());
        assertAmount("80.00", orders.averageWith());
        assertAmount("30.00", orders.averageWithout());
        assertAmount("55.00", orders.average());
    }

    @Test
    void topBundlesByRevenueWithViewsAndPurchases() {
        // A: viewed 3 times, bought twice for 50.00; B: viewed once, bought once for 30.00
        List<Figures.Bundle> bundles = figures().topBundles(shop, MARCH, 10);

        assertEquals(List.of(KnownEvents.BUNDLE_A, KnownEvents.BUNDLE_B), bundles.stream().map(Figures.Bundle::bundleKey).toList());
        assertEquals(List.of(3L, 1L), bundles.stream().map(Figures.Bundle::views).toList());
        assertEquals(List.of(2L, 1L), bundles.stream().map(Figures.Bundle::purchases).toList());
        assertAmount("100.00", bundles.get(0).revenue());
        assertAmount("30.00", bundles.get(1).revenue());
        assertEquals(1, figures().topBundles(shop, MARCH, 1).size());
    }

    @Test
    void aDailySeriesHasABucketPerDayWithAnEventInUtc() {
        // 2 March: answer 1 (3 shown, 1 accepted), #1 with 100.00, view of A
        // 3 March (23:30 UTC): answer 2 (2 shown, 1 accepted), #2 without 40.00, views of A and B, A bought 50.00
        // 9 March (00:15 UTC): answers 3, 4 (3 shown, 2 accepted), #3 with 60.00, #4 without 20.00, view of A, B 30.00, A 50.00
        List<Figures.Bucket> days = figures().series(shop, MARCH, Granularity.DAY);

        assertEquals(List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 9)),
                days.stream().map(Figures.Bucket::start).toList());
        assertBucket(days.get(0), new Acceptance(3, 1), 1, "100.00", 0, "0", 1, 0, "0");
        assertBucket(days.get(1), new Acceptance(2, 1), 0, "0", 1, "40.00", 2, 1, "50.00");
        assertBucket(days.get(2), new Acceptance(3, 2), 1, "60.00", 1, "20.00", 1, 2, "80.00");
    }

    @Test
    void aWeeklySeriesStartsItsBucketsOnMonday() {
        List<Figures.Bucket> weeks = figures().series(shop, MARCH, Granularity.WEEK);

        assertEquals(List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9)), weeks.stream().map(Figures.Bucket::start).toList());
        assertBucket(weeks.get(0), new Acceptance(5, 2), 1, "100.00", 1, "40.00", 3, 1, "50.00");
        assertBucket(weeks.get(1), new Acceptance(3, 2), 1, "60.00", 1, "20.00", 1, 2, "80.00");
    }

    @Test
    void anotherShopOrAnEmptyPeriodHasNoFigures() {
        Period april = new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));

        assertEquals(List.of(), figures().acceptanceBySource(shop, april));
        assertEquals(List.of(), figures().series(shop, april, Granularity.DAY));
        assertEquals(0, figures().orders(shop, april).orders());
        assertEquals(List.of(), figures().topBundles(ShopId.of("figures-nobody"), MARCH, 5));
    }

    @Test
    void theHoldoutsArmsAreReadFromTheAnswersIdsWithTheirAcceptanceAndOrderValues() {
        // KnownHoldoutEvents' table: treatment 3 answers, 3 impressions, 5 shown, 3 accepted, orders 100, 60, 80;
        // control 2 answers, 1 impression, 2 shown, 1 accepted, orders 50, 70; one mixed order; answers in no arm aside
        ShopId holdout = ShopId.of("holdout-" + UUID.randomUUID());
        ports().shops().add(new Shop(holdout, "Alpine", Currency.getInstance("EUR")));
        events().record(holdout, KnownHoldoutEvents.ALL);

        HoldoutFigures figures = figures().holdout(holdout, MARCH);

        assertArm(figures.treatment(), 3, 3, new Acceptance(5, 3), 3, "240.00", "20000.0000", "80.00");
        assertArm(figures.control(), 2, 1, new Acceptance(2, 1), 2, "120.00", "7400.0000", "60.00");
        assertEquals(1, figures.mixedOrders());
        HoldoutFigures april = figures().holdout(holdout, new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)));
        assertArm(april.treatment(), 1, 1, new Acceptance(1, 1), 1, "500.00", "250000", "500.00");
        assertEquals(ArmFigures.none(Arm.CONTROL), april.control());
        assertEquals(new HoldoutFigures(ArmFigures.none(Arm.TREATMENT), ArmFigures.none(Arm.CONTROL), 0),
                figures().holdout(shop, new Period(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2))), "a period without events");
    }

    private static void assertArm(ArmFigures arm, long answers, long impressions, Acceptance acceptance, long orders, String revenue,
                                  String squares, String average) {
        assertEquals(answers, arm.answers(), arm.arm() + " answers");
        assertEquals(impressions, arm.impressions(), arm.arm() + " impressions");
        assertEquals(acceptance, arm.acceptance(), arm.arm() + " acceptance");
        assertEquals(orders, arm.orders(), arm.arm() + " orders");
        assertAmount(revenue, arm.revenue());
        assertAmount(squares, arm.revenueSquares());
        assertEquals(new BigDecimal(average), arm.averageOrderValue());
    }

    private static void assertBucket(Figures.Bucket bucket, Acceptance acceptance, long ordersWith, String revenueWith, long ordersWithout,
                                     String revenueWithout, long bundleViews, long bundlePurchases, String bundleRevenue) {
        assertEquals(acceptance, bucket.acceptance(), bucket.start().toString());
        assertEquals(ordersWith, bucket.orders().ordersWith(), bucket.start().toString());
        assertAmount(revenueWith, bucket.orders().revenueWith());
        assertEquals(ordersWithout, bucket.orders().ordersWithout(), bucket.start().toString());
        assertAmount(revenueWithout, bucket.orders().revenueWithout());
        assertEquals(bundleViews, bucket.bundleViews(), bucket.start().toString());
        assertEquals(bundlePurchases, bucket.bundlePurchases(), bucket.start().toString());
        assertAmount(bundleRevenue, bucket.bundleRevenue());
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }
}
