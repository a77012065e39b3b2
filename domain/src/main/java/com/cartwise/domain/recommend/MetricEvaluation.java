package com.cartwise.domain.recommend;

/**
 * How well one metric predicted held-out items: over {@code cases} validation orders, how often
 * the held-out variant was among the top {@code k}.
 */
public record MetricEvaluation(Metric metric, int k, int cases, int hits) {
    public MetricEvaluation {
        if (k < 1 || cases < 0 || hits < 0 || hits > cases) {
            throw new IllegalArgumentException("inconsistent evaluation: k=" + k + " cases=" + cases + " hits=" + hits);
        }
    }

    /** HitRate@K: share of cases whose held-out variant was in the top K. */
    public double hitRate() {
        return cases == 0 ? 0 : (double) hits / cases;
    }

    /** Precision@K: hits over all K slots offered. */
    public double precision() {
        return cases == 0 ? 0 : (double) hits / ((double) cases * k);
    }

    /** Recall@K: share of relevant items found; with one held-out item per case it equals the hit rate. */
    public double recall() {
        return hitRate();
    }
}
