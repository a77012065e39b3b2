package com.cartwise.persistence.analytics;

import com.cartwise.domain.analytics.Acceptance;
import com.cartwise.domain.analytics.ArmFigures;
import com.cartwise.domain.analytics.HoldoutFigures;
import com.cartwise.domain.analytics.RecommendationId;
import com.cartwise.domain.analytics.experiment.Arm;
import java.math.BigDecimal;
import java.util.List;

/**
 * The A/B holdout's figures per arm, the arm being the first digit of each answer's id (written by
 * {@link RecommendationId#issue}): nothing about an answer is stored when it is given. Each query
 * takes (shop_id, period start, period end) once per event set it reads, as {@link FigureQueries}.
 */
final class HoldoutQueries {
    private static final String MIXED = "mixed";
    private static final String ARMS = "('" + RecommendationId.armDigit(Arm.TREATMENT) + "', '" + RecommendationId.armDigit(Arm.CONTROL)
            + "')";

    /** Per arm: impressions, shown items and the accepted ones among them. */
    static final String ACCEPTANCE = FigureQueries.SHOWN + """
            SELECT arm, count(DISTINCT event_id) AS impressions, count(*) AS shown, count(*) FILTER (WHERE accepted) AS accepted
            FROM shown WHERE arm IN %s GROUP BY arm""".formatted(ARMS);

    /** Per arm: the distinct answers an impression or a purchase of the period names. */
    static final String ANSWERS = """
            SELECT left(answer, 1) AS arm, count(DISTINCT answer) AS answers FROM (
                SELECT recommendation_id AS answer FROM events
                WHERE shop_id = ? AND occurred_at >= ? AND occurred_at < ? AND type = 'impression'
                UNION ALL
                SELECT unnest(recommendation_ids) FROM events
                WHERE shop_id = ? AND occurred_at >= ? AND occurred_at < ? AND type = 'purchase'
            ) named
            WHERE left(answer, 1) IN %s GROUP BY left(answer, 1)""".formatted(ARMS);

    /**
     * Per arm: the purchases whose answers are all of that arm (answers in no arm aside), their
     * count, revenue and sum of squared revenue; {@code mixed} for those naming both arms.
     */
    static final String ORDERS = """
            WITH orders AS (
                SELECT p.revenue, (SELECT array_agg(DISTINCT left(r, 1)) FROM unnest(p.recommendation_ids) AS r
                                   WHERE left(r, 1) IN %1$s) AS arms
                FROM events p
                WHERE p.shop_id = ? AND p.occurred_at >= ? AND p.occurred_at < ? AND p.type = 'purchase'
            )
            SELECT CASE WHEN cardinality(arms) = 1 THEN arms[1] ELSE '%2$s' END AS arm, count(*) AS orders,
                   coalesce(sum(revenue), 0) AS revenue, coalesce(sum(revenue * revenue), 0) AS revenue_squares
            FROM orders WHERE arms IS NOT NULL GROUP BY 1""".formatted(ARMS, MIXED);

    private HoldoutQueries() {
    }

    /** A row of {@link #ANSWERS}. */
    record Answers(String arm, long answers) {
    }

    /** A row of {@link #ACCEPTANCE}. */
    record Shown(String arm, long impressions, Acceptance acceptance) {
    }

    /** A row of {@link #ORDERS}. */
    record Orders(String arm, long orders, BigDecimal revenue, BigDecimal revenueSquares) {
    }

    /** Each arm's rows as its figures (an arm without rows has zeros). */
    static HoldoutFigures figures(List<Answers> answers, List<Shown> shown, List<Orders> orders) {
        return new HoldoutFigures(arm(Arm.TREATMENT, answers, shown, orders), arm(Arm.CONTROL, answers, shown, orders),
                orders.stream().filter(o -> o.arm().equals(MIXED)).mapToLong(Orders::orders).sum());
    }

    private static ArmFigures arm(Arm arm, List<Answers> answers, List<Shown> shown, List<Orders> orders) {
        String digit = String.valueOf(RecommendationId.armDigit(arm));
        long named = answers.stream().filter(a -> a.arm().equals(digit)).mapToLong(Answers::answers).sum();
        Shown s = shown.stream().filter(r -> r.arm().equals(digit)).findFirst().orElse(new Shown(digit, 0, Acceptance.NONE));
        Orders o = orders.stream().filter(r -> r.arm().equals(digit)).findFirst()
                .orElse(new Orders(digit, 0, BigDecimal.ZERO, BigDecimal.ZERO));
        return new ArmFigures(arm, named, s.impressions(), s.acceptance(), o.orders(), o.revenue(), o.revenueSquares());
    }
}
