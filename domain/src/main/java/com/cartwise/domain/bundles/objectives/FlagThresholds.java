package com.cartwise.domain.bundles.objectives;

import com.cartwise.domain.InvalidInputException;

/**
 * Every threshold that decides a product flag, with its default, in one place. The definitions,
 * all on the product (its variants together) as of the run:
 * <ul>
 * <li>NEW_LAUNCH: created less than {@code newLaunchDays} ago (by its first sale when the
 *     catalogue has no creation date).</li>
 * <li>SLOW_MOVER: not a new launch, and its stock lasts at least {@code slowMoverCoverDays} at its
 *     velocity, or it has stock and sold nothing in the velocity window.</li>
 * <li>HIGH_MARGIN: its margin (price − cost) / price, mean over variants with a known cost, is at
 *     least {@code highMarginRate}; never without a known cost.</li>
 * <li>SEASONAL: the shop has a year of orders, the product sold at least {@code seasonalMinUnits}
 *     units in the last 365 days, at least {@code seasonalPeakShare} of them in its best
 *     {@code seasonalPeakMonths} consecutive calendar months, and that peak includes this month or
 *     the next (seasonal now, which is what a seasonal promotion needs).</li>
 * <li>REPLENISHABLE: at least {@code replenishableMinLines} order lines, of which at least
 *     {@code replenishableMultiUnitShare} were for two or more units (shoppers stock up on it; a
 *     proxy for repeat purchase, as orders carry no customer).</li>
 * </ul>
 */
public record FlagThresholds(int newLaunchDays, int slowMoverCoverDays, double highMarginRate, int seasonalMinUnits,
                             double seasonalPeakShare, int seasonalPeakMonths, int replenishableMinLines,
                             double replenishableMultiUnitShare) {
    /**
     * 30 days for a launch (the reference generator's); 90 days of cover is a quarter's stock, the
     * usual point where retailers mark down; 50% margin is the usual keystone-minus line between
     * ordinary and rich margins; a season is a quarter, and half a year's units in a quarter is
     * twice the even share of 25%, with at least 12 units (one a month) for it to mean anything;
     * a quarter of lines in multiples, over at least 5 lines, marks a product people stock up on.
     */
    public static final FlagThresholds DEFAULTS = new FlagThresholds(30, 90, 0.5, 12, 0.5, 3, 5, 0.25);

    public FlagThresholds {
        InvalidInputException.require(newLaunchDays >= 1, "new_launch_days", "must be at least 1, but was " + newLaunchDays);
        InvalidInputException.require(slowMoverCoverDays >= 1, "slow_mover_cover_days", "must be at least 1, but was " + slowMoverCoverDays);
        InvalidInputException.require(highMarginRate > 0 && highMarginRate < 1, "high_margin_rate", "must be in (0, 1), but was " + highMarginRate);
        InvalidInputException.require(seasonalMinUnits >= 1, "seasonal_min_units", "must be at least 1, but was " + seasonalMinUnits);
        InvalidInputException.require(seasonalPeakShare > 0 && seasonalPeakShare <= 1, "seasonal_peak_share",
                "must be in (0, 1], but was " + seasonalPeakShare);
        InvalidInputException.require(seasonalPeakMonths >= 1 && seasonalPeakMonths <= 11, "seasonal_peak_months",
                "must be 1 to 11, but was " + seasonalPeakMonths);
        InvalidInputException.require(replenishableMinLines >= 1, "replenishable_min_lines", "must be at least 1, but was " + replenishableMinLines);
        InvalidInputException.require(replenishableMultiUnitShare > 0 && replenishableMultiUnitShare <= 1, "replenishable_multi_unit_share",
                "must be in (0, 1], but was " + replenishableMultiUnitShare);
    }
}
