package com.cartwise.domain.pricing;

import com.cartwise.domain.InvalidInputException;

/**
 * @param caps            each objective's discount range
 * @param shrinkage       how the discount history is shrunk
 * @param similarityRange without history, a discount from the top of this range (products that
 *                        never sell together) to its bottom (products that always do)
 * @param bandit          the discount bandit
 */
public record PricingPolicy(DiscountCaps caps, DiscountShrinkage shrinkage, CapRange similarityRange, BanditSettings bandit) {
    /** The similarity range is the reference generator's: 25% for unrelated products down to 5%. */
    public static final PricingPolicy DEFAULTS = new PricingPolicy(DiscountCaps.DEFAULTS, DiscountShrinkage.DEFAULTS, CapRange.percent(5, 25),
            BanditSettings.DEFAULTS);

    public PricingPolicy {
        InvalidInputException.require(caps != null && shrinkage != null && similarityRange != null && bandit != null, "pricing_policy",
                "is incomplete");
    }

    /** max − (max − min)·similarity: higher similarity, lower discount; products that belong together need less push. */
    public double similarityDiscount(double similarity) {
        double max = similarityRange.max().asDouble();
        double min = similarityRange.min().asDouble();
        return max - (max - min) * Math.max(0, Math.min(1, similarity));
    }
}
