package com.cartwise.application.analytics;

import static com.cartwise.application.analytics.KnownEvents.accept;
import static com.cartwise.application.analytics.KnownEvents.co;
import static com.cartwise.application.analytics.KnownEvents.impression;
import static com.cartwise.application.analytics.KnownEvents.pop;
import static com.cartwise.application.analytics.KnownEvents.purchase;

import com.cartwise.domain.analytics.Event;
import com.cartwise.domain.analytics.RecommendationId;
import java.time.Instant;
import java.util.List;

/**
 * A tiny holdout whose per-arm figures are worked out by hand in the tests (EUR, March 2026). An
 * id's first digit is its arm: 1 treatment, 2 control, 0 none.
 * <pre>
 * treatment T1 shows 10, 11        accepted 10     order #1 100.00 [T1]
 * treatment T2 shows 10, 12        accepted 10, 12 order #2  60.00 [T2]
 * treatment T3 shows 11            accepted none   order #3  80.00 [T3]
 * control   C1 shows 20, 21 (pop)  accepted 20     order #4  50.00 [C1]
 * control   C2 shows nothing (a control arm of none: no impression)   order #5  70.00 [C2]
 * none      N1 shows 10            accepted 10     order #7  40.00 [N1]   in neither arm
 * order #6 90.00 [T1, C1]: mixed, in neither arm; order #8 30.00 []: in neither arm
 * treatment T4 shows 10 on 1 April, accepted: outside the period
 * </pre>
 * Treatment: 3 answers, 3 impressions, 5 shown, 3 accepted (0.6), 3 orders, 240.00, average
 * 80.00, squares 10000 + 3600 + 6400 = 20000. Control: 2 answers (C2 through its order), 1
 * impression, 2 shown, 1 accepted (0.5), 2 orders, 120.00, average 60.00, squares 2500 + 4900 =
 * 7400. One mixed order.
 */
public final class KnownHoldoutEvents {
    public static final Instant MARCH_2 = Instant.parse("2026-03-02T10:00:00Z");
    public static final Instant APRIL_1 = Instant.parse("2026-04-01T10:00:00Z");
    public static final RecommendationId T1 = new RecommendationId("1a000000000000000000000000000000");
    public static final RecommendationId T2 = new RecommendationId("1b000000000000000000000000000000");
    public static final RecommendationId T3 = new RecommendationId("1c000000000000000000000000000000");
    public static final RecommendationId T4 = new RecommendationId("1d000000000000000000000000000000");
    public static final RecommendationId C1 = new RecommendationId("2a000000000000000000000000000000");
    public static final RecommendationId C2 = new RecommendationId("2b000000000000000000000000000000");
    public static final RecommendationId N1 = new RecommendationId("0a000000000000000000000000000000");

    public static final List<Event> ALL = List.of(
            impression("h-i1", MARCH_2, T1, List.of(1L), co(10), co(11)),
            impression("h-i2", MARCH_2, T2, List.of(1L), co(10), pop(12)),
            impression("h-i3", MARCH_2, T3, List.of(2L), co(11)),
            impression("h-i4", MARCH_2, C1, List.of(1L), pop(20), pop(21)),
            impression("h-i5", MARCH_2, N1, List.of(1L), co(10)),
            impression("h-i6", APRIL_1, T4, List.of(1L), co(10)),
            accept("h-a1", T1, 10),
            accept("h-a2", T2, 10),
            accept("h-a3", T2, 12),
            accept("h-a4", C1, 20),
            accept("h-a5", N1, 10),
            accept("h-a6", T4, 10),
            purchase("h-p1", MARCH_2, "#1", "100.00", List.of(1L, 10L), List.of(T1)),
            purchase("h-p2", MARCH_2, "#2", "60.00", List.of(1L, 10L, 12L), List.of(T2)),
            purchase("h-p3", MARCH_2, "#3", "80.00", List.of(2L), List.of(T3)),
            purchase("h-p4", MARCH_2, "#4", "50.00", List.of(1L, 20L), List.of(C1)),
            purchase("h-p5", MARCH_2, "#5", "70.00", List.of(3L), List.of(C2)),
            purchase("h-p6", MARCH_2, "#6", "90.00", List.of(1L, 10L), List.of(T1, C1)),
            purchase("h-p7", MARCH_2, "#7", "40.00", List.of(1L, 10L), List.of(N1)),
            purchase("h-p8", MARCH_2, "#8", "30.00", List.of(4L), List.of()),
            purchase("h-p9", APRIL_1, "#9", "500.00", List.of(1L), List.of(T4)));

    private KnownHoldoutEvents() {
    }
}
