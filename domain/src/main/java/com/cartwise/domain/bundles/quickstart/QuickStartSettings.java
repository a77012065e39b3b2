package com.cartwise.domain.bundles.quickstart;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.pricing.DiscountRate;

/**
 * @param topVariants       the best sellers whose co-occurrences are counted
 * @param bundles           how many FBT bundles to propose
 * @param discount          the one discount of every quick-start bundle
 * @param minOrdersTogether orders a pair must share
 * @param maxPerVariant     bundles a variant may appear in, for variety
 */
public record QuickStartSettings(int topVariants, int bundles, DiscountRate discount, int minOrdersTogether, int maxPerVariant) {
    /** The reference generator's quick start: top 50 by sales, 10 FBT bundles, a fixed 10%. */
    public static final QuickStartSettings DEFAULTS = new QuickStartSettings(50, 10, DiscountRate.ofPercent(10), 2, 2);

    public QuickStartSettings {
        InvalidInputException.require(topVariants >= 2, "top_variants", "must be at least 2, but was " + topVariants);
        InvalidInputException.require(bundles >= 1, "bundles", "must be at least 1, but was " + bundles);
        InvalidInputException.require(discount != null, "discount", "is required");
        InvalidInputException.require(minOrdersTogether >= 1, "min_orders_together", "must be at least 1, but was " + minOrdersTogether);
        InvalidInputException.require(maxPerVariant >= 1, "max_per_variant", "must be at least 1, but was " + maxPerVariant);
    }
}
