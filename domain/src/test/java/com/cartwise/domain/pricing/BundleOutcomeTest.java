package com.cartwise.domain.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.bundles.Objective;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Outcomes of one bundle at one discount pool by adding up. */
class BundleOutcomeTest {
    private static final BundleKey BUNDLE = new BundleKey("0123456789abcdef0123456789abcdef");

    @Test
    void impressionsPurchasesAndRevenueAddUpAndTheFirstObjectiveStays() {
        BundleOutcome first = new BundleOutcome(BUNDLE, Objective.INCREASE_AOV, DiscountRate.ofPercent(10), 3, 1, new BigDecimal("20.00"));
        BundleOutcome then = new BundleOutcome(BUNDLE, Objective.CLEAR_SLOW_MOVERS, new DiscountRate(new BigDecimal("0.100")), 2, 2,
                new BigDecimal("35.50"));

        assertEquals(new BundleOutcome(BUNDLE, Objective.INCREASE_AOV, DiscountRate.ofPercent(10), 5, 3, new BigDecimal("55.50")),
                first.plus(then));
    }

    @Test
    void outcomesOfAnotherBundleOrDiscountDoNotPool() {
        BundleOutcome tenOff = new BundleOutcome(BUNDLE, Objective.INCREASE_AOV, DiscountRate.ofPercent(10), 1, 0, BigDecimal.ZERO);

        assertThrows(IllegalArgumentException.class, () -> tenOff.plus(
                new BundleOutcome(BUNDLE, Objective.INCREASE_AOV, DiscountRate.ofPercent(15), 1, 0, BigDecimal.ZERO)));
        assertThrows(IllegalArgumentException.class, () -> tenOff.plus(new BundleOutcome(new BundleKey("fedcba9876543210fedcba9876543210"),
                Objective.INCREASE_AOV, DiscountRate.ofPercent(10), 1, 0, BigDecimal.ZERO)));
    }
}
