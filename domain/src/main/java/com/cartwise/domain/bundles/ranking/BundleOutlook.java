package com.cartwise.domain.bundles.ranking;

import com.cartwise.domain.InvalidInputException;

/**
 * What a bundle promises, for the Pareto front: revenue and margin expected per shopper who
 * sees it (the reference basket's value times the confidence feature, the chance the add-ons
 * join), and the inventory risk of promoting it (the mean stock-out risk of its variants).
 *
 * @param expectedMargin 0 when a cost is unknown: an unknown margin is no argument for a bundle
 */
public record BundleOutlook(double expectedRevenue, double expectedMargin, double inventoryRisk) {
    public BundleOutlook {
        InvalidInputException.require(Double.isFinite(expectedRevenue) && Double.isFinite(expectedMargin) && Double.isFinite(inventoryRisk),
                "outlook", "must be finite numbers");
    }

    /** At least as good on all three (more revenue, more margin, less risk) and better on one. */
    public boolean dominates(BundleOutlook other) {
        boolean noWorse = expectedRevenue >= other.expectedRevenue && expectedMargin >= other.expectedMargin
                && inventoryRisk <= other.inventoryRisk;
        boolean better = expectedRevenue > other.expectedRevenue || expectedMargin > other.expectedMargin
                || inventoryRisk < other.inventoryRisk;
        return noWorse && better;
    }
}
