package com.cartwise.domain.pricing;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.bundles.Objective;
import java.math.BigDecimal;

/**
 * What happened to a bundle offered at a discount, as the analytics side records it: how often it
 * was shown, bought, and the revenue it brought. Given to pricing as values.
 */
public record BundleOutcome(BundleKey bundle, Objective objective, DiscountRate discount, long impressions, long purchases,
                            BigDecimal revenue) {
    public BundleOutcome {
        InvalidInputException.require(bundle != null && objective != null && discount != null, "outcome",
                "needs the bundle, its objective and its discount");
        InvalidInputException.require(impressions >= 0, "impressions", "must not be negative, but was " + impressions);
        InvalidInputException.require(purchases >= 0 && purchases <= impressions, "purchases",
                "must be between 0 and the impressions (" + impressions + "), but was " + purchases);
        InvalidInputException.require(revenue != null && revenue.signum() >= 0, "revenue", "must not be negative");
    }

    /**
     * This outcome with {@code seen} added (impressions, purchases and revenue add up), as the
     * outcomes of one bundle at one discount pool; the objective stays this one's.
     */
    public BundleOutcome plus(BundleOutcome seen) {
        if (!bundle.equals(seen.bundle) || discount.compareTo(seen.discount) != 0) {
            throw new IllegalArgumentException("outcomes add up per bundle and discount: " + bundle + " at " + discount
                    + " and " + seen.bundle + " at " + seen.discount);
        }
        return new BundleOutcome(bundle, objective, discount, impressions + seen.impressions, purchases + seen.purchases,
                revenue.add(seen.revenue));
    }
}
