package com.cartwise.domain.bundles.ranking;

import com.cartwise.domain.InvalidInputException;

/**
 * The constants that map raw evidence to [0, 1] features and outlooks; see {@link FeatureScoring}.
 *
 * @param wilsonZ             z of the Wilson lower bound that shrinks confidence by evidence
 * @param coverHorizonDays    days of cover that count as full inventory pressure
 * @param priceRatioFloor     cheapest / dearest price at or above which a set is fully balanced
 * @param marginTarget        bundle margin at or above which the margin headroom is full
 * @param stockoutHorizonDays cover below which a variant risks selling out while promoted
 */
public record FeatureScales(double wilsonZ, double coverHorizonDays, double priceRatioFloor, double marginTarget,
                            double stockoutHorizonDays) {
    /**
     * z = 1.96 (95%), so 2 co-purchases out of 2 score about 0.34 and 200 of 200 about 0.98;
     * half a year of cover is where holding cost dominates, more is no more urgent; an add-on
     * down to a quarter of the anchor's price is normal (wax with skis is less), below it the
     * pair is lopsided; a 40% bundle margin is a healthy retail margin; 30 days is a month's
     * replenishment.
     */
    public static final FeatureScales DEFAULTS = new FeatureScales(1.96, 180, 0.25, 0.40, 30);

    public FeatureScales {
        InvalidInputException.require(wilsonZ > 0, "wilson_z", "must be positive, but was " + wilsonZ);
        InvalidInputException.require(coverHorizonDays > 0, "cover_horizon_days", "must be positive, but was " + coverHorizonDays);
        InvalidInputException.require(priceRatioFloor > 0 && priceRatioFloor <= 1, "price_ratio_floor", "must be in (0, 1], but was " + priceRatioFloor);
        InvalidInputException.require(marginTarget > 0 && marginTarget <= 1, "margin_target", "must be in (0, 1], but was " + marginTarget);
        InvalidInputException.require(stockoutHorizonDays > 0, "stockout_horizon_days", "must be positive, but was " + stockoutHorizonDays);
    }

    /**
     * The Wilson score interval's lower bound for {@code successes} of {@code trials} (Wilson
     * 1927): (p + z²/2n − z·sqrt(p(1−p)/n + z²/4n²)) / (1 + z²/n); 0 without trials.
     */
    public double wilsonLowerBound(long successes, long trials) {
        if (trials == 0) {
            return 0;
        }
        double n = trials;
        double p = successes / n;
        double z2 = wilsonZ * wilsonZ;
        double bound = (p + z2 / (2 * n) - wilsonZ * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n))) / (1 + z2 / n);
        return Math.max(0, Math.min(1, bound));
    }
}
