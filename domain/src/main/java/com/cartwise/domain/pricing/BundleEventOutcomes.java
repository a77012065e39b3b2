package com.cartwise.domain.pricing;

import com.cartwise.domain.analytics.Event;
import com.cartwise.domain.analytics.EventWeights;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.bundles.Objective;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a shopper's bundle event teaches the discount bandit ({@link DiscountBandit}): the outcome
 * it adds to the bundle's objective at the discount the shopper was offered, weighted by
 * {@link EventWeights}. The arm credited is the bundle price's effective discount to the whole
 * percent: the bandit's arms are whole percents, and a price rounded to the cent moves the
 * effective rate off its arm by hundredths of a percent.
 */
public final class BundleEventOutcomes {
    private BundleEventOutcomes() {
    }

    /** The bundle an event is about, if it is a bundle event. */
    public static Optional<BundleKey> bundleOf(Event event) {
        return switch (event) {
            case Event.BundleView v -> Optional.of(v.bundleKey());
            case Event.BundlePurchase p -> Optional.of(p.bundleKey());
            case Event.Impression ignored -> Optional.empty();
            case Event.Accept ignored -> Optional.empty();
            case Event.Purchase ignored -> Optional.empty();
        };
    }

    /**
     * @param objective the objective of the bundle the event is about
     * @param effectiveRate that bundle's price's effective discount when the event happened
     * @return the outcome to add, empty for an event that is not a bundle's or whose type weighs 0
     */
    public static Optional<BundleOutcome> of(Event event, Objective objective, DiscountRate effectiveRate, EventWeights weights) {
        DiscountRate arm = DiscountRate.wholePercentNear(effectiveRate.asDouble());
        return switch (event) {
            case Event.BundleView v -> weights.bundleView() == 0 ? Optional.empty()
                    : Optional.of(new BundleOutcome(v.bundleKey(), objective, arm, weights.bundleView(), 0, BigDecimal.ZERO));
            case Event.BundlePurchase p -> {
                int w = weights.bundlePurchase();
                yield w == 0 ? Optional.empty() : Optional.of(new BundleOutcome(p.bundleKey(), objective, arm, w, w,
                        p.revenue().amount().multiply(BigDecimal.valueOf(w))));
            }
            case Event.Impression ignored -> Optional.empty();
            case Event.Accept ignored -> Optional.empty();
            case Event.Purchase ignored -> Optional.empty();
        };
    }
}
