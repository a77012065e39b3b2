package com.cartwise.domain.analytics;

import com.cartwise.domain.InvalidInputException;

/**
 * How much each event type counts where events feed a model. The discount bandit reads bundle
 * events: a {@code bundle_view} adds {@code bundleView} impressions of the bundle at its discount;
 * a {@code bundle_purchase} adds {@code bundlePurchase} purchases, as many impressions (a bought
 * bundle was in front of the shopper) and its revenue as many times. 0 leaves the type out, e.g. a
 * storefront that reports only purchases, or views from a channel not to be trusted. Whole
 * numbers, since the bandit counts shoppers' decisions.
 */
public record EventWeights(int bundleView, int bundlePurchase) {
    public static final int MAX = 100;

    public EventWeights {
        InvalidInputException.require(bundleView >= 0 && bundleView <= MAX, "bundle_view",
                "must be a whole number from 0 to " + MAX + ", but was " + bundleView);
        InvalidInputException.require(bundlePurchase >= 0 && bundlePurchase <= MAX, "bundle_purchase",
                "must be a whole number from 0 to " + MAX + ", but was " + bundlePurchase);
    }
}
