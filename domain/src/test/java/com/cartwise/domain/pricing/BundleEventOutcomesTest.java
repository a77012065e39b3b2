package com.cartwise.domain.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.analytics.Event;
import com.cartwise.domain.analytics.EventId;
import com.cartwise.domain.analytics.EventWeights;
import com.cartwise.domain.analytics.RecommendationId;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.catalog.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a shopper's view or purchase of a bundle teaches the discount bandit. */
class BundleEventOutcomesTest {
    private static final BundleKey BUNDLE = new BundleKey("0123456789abcdef0123456789abcdef");
    private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");
    /** 15 % off as a price rounded to the cent gives it: a little off the arm. */
    private static final DiscountRate PAID = new DiscountRate(new BigDecimal("0.1500637"));
    private static final EventWeights ONE_EACH = new EventWeights(1, 1);

    private static Event.BundleView view() {
        return new Event.BundleView(new EventId("view-1"), AT, BUNDLE, Optional.empty());
    }

    private static Event.BundlePurchase purchase(String revenue) {
        return new Event.BundlePurchase(new EventId("buy-1"), AT, BUNDLE, Money.of(revenue, "EUR"), Optional.of("#1001"), Optional.empty());
    }

    @Test
    void aViewIsAnImpressionOfTheBundleAtTheWholePercentItWasOfferedAt() {
        BundleOutcome taught = BundleEventOutcomes.of(view(), Objective.INCREASE_AOV, PAID, ONE_EACH).orElseThrow();

        assertEquals(new BundleOutcome(BUNDLE, Objective.INCREASE_AOV, DiscountRate.ofPercent(15), 1, 0, BigDecimal.ZERO), taught);
    }

    @Test
    void aPurchaseIsAShowingThatSoldWithItsRevenue() {
        BundleOutcome taught = BundleEventOutcomes.of(purchase("39.99"), Objective.CLEAR_SLOW_MOVERS, PAID, ONE_EACH).orElseThrow();

        assertEquals(new BundleOutcome(BUNDLE, Objective.CLEAR_SLOW_MOVERS, DiscountRate.ofPercent(15), 1, 1, new BigDecimal("39.99")),
                taught);
    }

    @Test
    void weightsMultiplyWhatAnEventCountsAndZeroLeavesItsTypeOut() {
        EventWeights purchasesCountTwice = new EventWeights(0, 2);

        assertEquals(Optional.empty(), BundleEventOutcomes.of(view(), Objective.INCREASE_AOV, PAID, purchasesCountTwice));
        BundleOutcome taught = BundleEventOutcomes.of(purchase("10.00"), Objective.INCREASE_AOV, PAID, purchasesCountTwice).orElseThrow();
        assertEquals(2, taught.impressions());
        assertEquals(2, taught.purchases());
        assertEquals(0, new BigDecimal("20.00").compareTo(taught.revenue()));
    }

    @Test
    void eventsAboutRecommendationsTeachTheBanditNothing() {
        Event accept = new Event.Accept(new EventId("accept-1"), AT, new RecommendationId("0123456789abcdef0123456789abcdef"), 7);

        assertEquals(Optional.empty(), BundleEventOutcomes.bundleOf(accept));
        assertEquals(Optional.empty(), BundleEventOutcomes.of(accept, Objective.INCREASE_AOV, PAID, ONE_EACH));
        assertEquals(Optional.of(BUNDLE), BundleEventOutcomes.bundleOf(view()));
    }

    @Test
    void aWeightIsAWholeNumberFromZeroToAHundredNamedByItsEventType() {
        InvalidInputException negative = assertThrows(InvalidInputException.class, () -> new EventWeights(-1, 1));
        InvalidInputException tooLarge = assertThrows(InvalidInputException.class, () -> new EventWeights(1, 101));

        assertEquals("bundle_view", negative.field());
        assertEquals("bundle_purchase", tooLarge.field());
    }
}
