package com.cartwise.domain.mining;

import com.cartwise.domain.InvalidInputException;

/**
 * What FP-Growth mines: itemsets occurring in at least {@code minSupport} of the baskets, of at
 * most {@code maxLength} items ({@link #NO_LENGTH_CAP} by default), within {@code limits}.
 */
public record MiningParameters(MinSupport minSupport, int maxLength, MiningLimits limits) {
    public static final int NO_LENGTH_CAP = Integer.MAX_VALUE;

    public MiningParameters {
        InvalidInputException.require(minSupport != null, "min_support", "is required");
        InvalidInputException.require(maxLength >= 1, "max_length", "must be at least 1, but was " + maxLength);
        InvalidInputException.require(limits != null, "limits", "are required");
    }

    /** No length cap, default limits. */
    public static MiningParameters of(MinSupport minSupport) {
        return new MiningParameters(minSupport, NO_LENGTH_CAP, MiningLimits.DEFAULTS);
    }

    public MiningParameters withMaxLength(int length) {
        return new MiningParameters(minSupport, length, limits);
    }

    public MiningParameters withLimits(MiningLimits newLimits) {
        return new MiningParameters(minSupport, maxLength, newLimits);
    }
}
