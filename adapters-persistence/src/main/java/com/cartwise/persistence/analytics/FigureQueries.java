package com.cartwise.persistence.analytics;

import com.cartwise.domain.analytics.Granularity;

/**
 * The common tables of the analytics queries, each taking (shop_id, period start, period end) as
 * its three parameters, in this order, so that a query naming several binds the triple again.
 */
final class FigureQueries {
    /**
     * Every variant of every impression in the period, with its source, the cart it was shown for
     * and whether an accept (at any time) named it: the base of every acceptance rate. {@code arm}
     * is the first digit of the answer's id (RecommendationId#arm).
     */
    static final String SHOWN = """
            WITH shown AS (
                SELECT i.event_id, left(i.recommendation_id, 1) AS arm, i.occurred_at, s.variant_id, s.source, i.cart_variant_ids,
                       EXISTS (SELECT 1 FROM events a
                               WHERE a.shop_id = i.shop_id AND a.recommendation_id = i.recommendation_id
                                 AND a.type = 'accept' AND a.variant_id = s.variant_id) AS accepted
                FROM events i CROSS JOIN LATERAL unnest(i.variant_ids, i.sources) AS s (variant_id, source)
                WHERE i.shop_id = ? AND i.occurred_at >= ? AND i.occurred_at < ? AND i.type = 'impression'
            )
            """;

    /**
     * Every purchase in the period, and whether it holds an accepted recommendation: it lists an
     * answer, and an accept of that answer names a variant of the order.
     */
    static final String PURCHASES = """
            WITH purchases AS (
                SELECT p.occurred_at, p.revenue,
                       EXISTS (SELECT 1 FROM events a
                               WHERE a.shop_id = p.shop_id AND a.recommendation_id = ANY (p.recommendation_ids)
                                 AND a.type = 'accept' AND a.variant_id = ANY (p.variant_ids)) AS with_accepted
                FROM events p
                WHERE p.shop_id = ? AND p.occurred_at >= ? AND p.occurred_at < ? AND p.type = 'purchase'
            )
            """;

    private FigureQueries() {
    }

    /** Per bucket: shown items (by their impression's time), orders and bundles (by their own), only buckets with an event. */
    static String series(Granularity granularity) {
        String bucket = "date_trunc('" + (granularity == Granularity.WEEK ? "week" : "day") + "', occurred_at AT TIME ZONE 'UTC')::date";
        return SHOWN + ", " + PURCHASES.substring("WITH ".length()) + """
                , bundles AS (
                    SELECT occurred_at, type, revenue FROM events
                    WHERE shop_id = ? AND occurred_at >= ? AND occurred_at < ? AND type IN ('bundle_view', 'bundle_purchase')
                ), parts AS (
                    SELECT %1$s AS bucket, 1 AS shown, accepted::int AS accepted, 0 AS orders_with, 0 AS revenue_with,
                           0 AS orders_without, 0 AS revenue_without, 0 AS bundle_views, 0 AS bundle_purchases, 0 AS bundle_revenue
                    FROM shown
                    UNION ALL
                    SELECT %1$s, 0, 0, with_accepted::int, CASE WHEN with_accepted THEN revenue ELSE 0 END,
                           (NOT with_accepted)::int, CASE WHEN with_accepted THEN 0 ELSE revenue END, 0, 0, 0
                    FROM purchases
                    UNION ALL
                    SELECT %1$s, 0, 0, 0, 0, 0, 0, (type = 'bundle_view')::int, (type = 'bundle_purchase')::int, coalesce(revenue, 0)
                    FROM bundles
                )
                SELECT bucket, sum(shown) AS shown, sum(accepted) AS accepted, sum(orders_with) AS orders_with,
                       sum(revenue_with) AS revenue_with, sum(orders_without) AS orders_without, sum(revenue_without) AS revenue_without,
                       sum(bundle_views) AS bundle_views, sum(bundle_purchases) AS bundle_purchases, sum(bundle_revenue) AS bundle_revenue
                FROM parts GROUP BY bucket ORDER BY bucket""".formatted(bucket);
    }
}
