package com.cartwise.domain.recommend.evaluation;

import com.cartwise.domain.InvalidInputException;

/**
 * How well a ranking found the held-out item, at K, over a protocol's cases. Each case has one
 * held-out item, ranked against every variant the model knows (no sampled negatives).
 */
public enum Measure {
    /** Share of cases whose held-out item was among the top K. */
    HIT_RATE("hit_rate"),
    /** Hits over all K slots offered: hit rate / K. */
    PRECISION("precision"),
    /** Share of the relevant items found; with one held-out item per case, the hit rate. */
    RECALL("recall"),
    /** Discounted cumulative gain, 1 / log2(1 + place) for a hit at that place, over the ideal 1. */
    NDCG("ndcg"),
    /** Mean reciprocal rank, 1 / place for a hit within the top K, else 0. */
    MRR("mrr"),
    /** Share of the known variants that appeared in at least one case's top K: how much of the catalogue gets shown. */
    COVERAGE("coverage");

    private final String wireName;

    Measure(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Measure fromWireName(String name) {
        for (Measure m : values()) {
            if (m.wireName.equals(name)) {
                return m;
            }
        }
        throw new InvalidInputException("measure", "must be one of hit_rate, precision, recall, ndcg, mrr, coverage, but was '"
                + name + "'");
    }
}
