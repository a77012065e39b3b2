package com.cartwise.domain.recommend;

import com.cartwise.domain.InvalidInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How strongly a candidate B goes with a cart item A, from co = orders holding both, countA and
 * countB = orders holding each, and N = orders in the model. The four scores of the reference POS
 * recommender; which one ranks best differs per shop, so training measures them all.
 */
public enum Metric {
    /** co: raw co-purchase count; favours best-sellers. */
    CO_OCCURRENCE("co_occurrence"),
    /** co / sqrt(countA * countB): symmetric, damps best-sellers. */
    COSINE("cosine"),
    /** co / countA: the share of A's orders that also held B, P(B|A). */
    CONFIDENCE("confidence"),
    /** co * N / (countA * countB): how many times more often than chance; favours rare pairs. */
    LIFT("lift");

    private final String wireName;

    Metric(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in the APIs and the database: {@code co_occurrence}, {@code cosine} ... */
    public String wireName() {
        return wireName;
    }

    public double score(int co, int countA, int countB, int orders) {
        return switch (this) {
            case CO_OCCURRENCE -> co;
            case COSINE -> co / Math.sqrt((double) countA * countB);
            case CONFIDENCE -> (double) co / countA;
            case LIFT -> (double) co * orders / ((double) countA * countB);
        };
    }

    public static Metric fromWireName(String name) {
        for (Metric m : values()) {
            if (m.wireName.equals(name)) {
                return m;
            }
        }
        throw new InvalidInputException("metric", "must be one of "
                + Arrays.stream(values()).map(Metric::wireName).collect(Collectors.joining(", ")) + ", but was '" + name + "'");
    }
}
