package com.cartwise.application.analytics;

import com.cartwise.domain.analytics.Event;
import com.cartwise.domain.analytics.EventId;
import com.cartwise.domain.analytics.RecommendationId;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.catalog.Money;
import com.cartwise.domain.recommend.Source;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A tiny event set whose every figure is worked out by hand in the tests (EUR; cart variants 1, 2;
 * recommended variants 10 to 13). Days: Monday 2 March 2026, Tuesday 3 March, Monday 9 March.
 * <pre>
 * answer 1, day 1: shows 10 co, 11 co, 12 pop for cart [1]   accepted: 10
 * answer 2, day 2: shows 10 co, 13 pop for cart [2]          accepted: 13
 * answer 3, day 8: shows 11 co, 12 pop for cart [1]          accepted: 11
 * answer 4, day 8: shows 10 co for cart [1]                  accepted: 10
 * an accept of an answer never shown (day 2): counts nowhere
 * order #1 day 1 100.00 [1, 10] answers [1]   with an accepted recommendation (10)
 * order #2 day 2  40.00 [2]                   without
 * order #3 day 8  60.00 [1, 11] answers [3]   with (11)
 * order #4 day 8  20.00 [5] answers [2]       without: answer 2's accepted 13 is not in it
 * bundle A viewed days 1, 2, 8; bought day 2 (50.00) and day 8 (50.00)
 * bundle B viewed day 2; bought day 8 (30.00)
 * </pre>
 */
public final class KnownEvents {
    public static final Instant DAY_1 = Instant.parse("2026-03-02T10:00:00Z");
    public static final Instant DAY_2 = Instant.parse("2026-03-03T23:30:00Z");
    public static final Instant DAY_8 = Instant.parse("2026-03-09T00:15:00Z");
    public static final RecommendationId ANSWER_1 = new RecommendationId("11111111111111111111111111111111");
    public static final RecommendationId ANSWER_2 = new RecommendationId("22222222222222222222222222222222");
    public static final RecommendationId ANSWER_3 = new RecommendationId("33333333333333333333333333333333");
    public static final RecommendationId ANSWER_4 = new RecommendationId("44444444444444444444444444444444");
    public static final RecommendationId NEVER_SHOWN = new RecommendationId("99999999999999999999999999999999");
    public static final BundleKey BUNDLE_A = new BundleKey("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    public static final BundleKey BUNDLE_B = new BundleKey("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");

    public static final Event IMPRESSION_1 = impression("i1", DAY_1, ANSWER_1, List.of(1L), co(10), co(11), pop(12));
    public static final Event ACCEPT_WAX = accept("a1", ANSWER_1, 10);

    public static final List<Event> ALL = List.of(
            IMPRESSION_1,
            impression("i2", DAY_2, ANSWER_2, List.of(2L), co(10), pop(13)),
            impression("i3", DAY_8, ANSWER_3, List.of(1L), co(11), pop(12)),
            impression("i4", DAY_8, ANSWER_4, List.of(1L), co(10)),
            ACCEPT_WAX,
            new Event.Accept(new EventId("a2"), DAY_2, ANSWER_2, 13),
            new Event.Accept(new EventId("a3"), DAY_8, ANSWER_3, 11),
            new Event.Accept(new EventId("a4"), DAY_8, ANSWER_4, 10),
            new Event.Accept(new EventId("a-stray"), DAY_2, NEVER_SHOWN, 10),
            purchase("p1", DAY_1, "#1", "100.00", List.of(1L, 10L), List.of(ANSWER_1)),
            purchase("p2", DAY_2, "#2", "40.00", List.of(2L), List.of()),
            purchase("p3", DAY_8, "#3", "60.00", List.of(1L, 11L), List.of(ANSWER_3)),
            purchase("p4", DAY_8, "#4", "20.00", List.of(5L), List.of(ANSWER_2)),
            new Event.BundleView(new EventId("v1"), DAY_1, BUNDLE_A, Optional.empty()),
            new Event.BundleView(new EventId("v2"), DAY_2, BUNDLE_A, Optional.empty()),
            new Event.BundleView(new EventId("v3"), DAY_2, BUNDLE_B, Optional.of(ANSWER_2)),
            new Event.BundleView(new EventId("v4"), DAY_8, BUNDLE_A, Optional.empty()),
            new Event.BundlePurchase(new EventId("b1"), DAY_2, BUNDLE_A, eur("50.00"), Optional.of("#2"), Optional.empty()),
            new Event.BundlePurchase(new EventId("b2"), DAY_8, BUNDLE_B, eur("30.00"), Optional.empty(), Optional.of(ANSWER_2)),
            new Event.BundlePurchase(new EventId("b3"), DAY_8, BUNDLE_A, eur("50.00"), Optional.of("#3"), Optional.empty()));

    private KnownEvents() {
    }

    public static Event.Accept accept(String id, RecommendationId answer, long variantId) {
        return new Event.Accept(new EventId(id), DAY_1, answer, variantId);
    }

    public static Event.Impression impression(String id, Instant at, RecommendationId answer, List<Long> cart, Event.Shown... shown) {
        return new Event.Impression(new EventId(id), at, answer, List.of(shown), cart);
    }

    public static Event.Purchase purchase(String id, Instant at, String order, String revenue, List<Long> variants,
                                          List<RecommendationId> answers) {
        return new Event.Purchase(new EventId(id), at, order, eur(revenue), variants, answers);
    }

    public static Event.Shown co(long variantId) {
        return new Event.Shown(variantId, Source.CO_PURCHASE);
    }

    public static Event.Shown pop(long variantId) {
        return new Event.Shown(variantId, Source.POPULARITY);
    }

    public static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
