package com.cartwise.domain.mining;

import com.cartwise.domain.InvalidInputException;

/**
 * Which rules to derive from frequent itemsets: those with confidence at least {@code minConfidence}
 * (compared as the double n(XY)/n(X) >= minConfidence), and consequents of at most
 * {@code maxConsequentSize} items ({@link #ANY_CONSEQUENT_SIZE} by default).
 */
public record RuleParameters(double minConfidence, int maxConsequentSize) {
    public static final int ANY_CONSEQUENT_SIZE = Integer.MAX_VALUE;

    public RuleParameters {
        InvalidInputException.require(minConfidence >= 0 && minConfidence <= 1, "min_confidence",
                "must be in [0, 1], but was " + minConfidence);
        InvalidInputException.require(maxConsequentSize >= 1, "max_consequent_size", "must be at least 1, but was " + maxConsequentSize);
    }

    public static RuleParameters minConfidence(double minConfidence) {
        return new RuleParameters(minConfidence, ANY_CONSEQUENT_SIZE);
    }
}
