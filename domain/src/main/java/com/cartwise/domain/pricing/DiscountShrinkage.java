package com.cartwise.domain.pricing;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.bundles.enrichment.DiscountHistory;
import java.util.OptionalDouble;

/**
 * The discount history says what a bundle's products usually sell at; a product discounted twice
 * says little, so its own rate is pulled toward its category's and the shop's (the reference
 * generator's fixed-weight shrinkage):
 * <pre>
 *   d = (1 − w_c − w_g)·d_own + w_c·d_category + w_g·d_shop        (w_c = 0.3, w_g = 0.1)
 * </pre>
 * where each d is the typical (mean) rate of that level's discounted lines. A level without
 * discounted lines has no rate; its weight is shared among the others in proportion (own only
 * missing: 0.75·category + 0.25·shop). Fixed weights, rather than weights growing with the
 * product's own evidence (n / (n + k)), keep the reference generator's prices for the same data;
 * the weights are configuration.
 */
public record DiscountShrinkage(double categoryWeight, double shopWeight) {
    public static final DiscountShrinkage DEFAULTS = new DiscountShrinkage(0.3, 0.1);

    public DiscountShrinkage {
        InvalidInputException.require(categoryWeight >= 0 && shopWeight >= 0 && categoryWeight + shopWeight <= 1, "shrinkage",
                "weights must be non-negative and sum to at most 1, but were " + categoryWeight + " and " + shopWeight);
    }

    /** The shrunk rate, or empty when no level has a discounted line. */
    public OptionalDouble estimate(DiscountHistory own, DiscountHistory category, DiscountHistory shop) {
        double[] weights = {1 - categoryWeight - shopWeight, categoryWeight, shopWeight};
        DiscountHistory[] levels = {own, category, shop};
        double weighted = 0;
        double total = 0;
        for (int i = 0; i < 3; i++) {
            OptionalDouble rate = levels[i].typicalRate();
            if (rate.isPresent() && weights[i] > 0) {
                weighted += weights[i] * rate.getAsDouble();
                total += weights[i];
            }
        }
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of(weighted / total);
    }
}
