package com.cartwise.domain.mining;

import static com.cartwise.domain.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every measure, by hand, on the five baskets of {@link Shopping}. */
class AssociationRuleTest {
    private static final double EXACT = 1e-12;
    private static final Itemset DIAPERS = Itemset.of(2);
    private static final Itemset BEER = Itemset.of(3);
    private static final Itemset MILK_DIAPERS = Itemset.of(1, 2);

    // diapers => beer: n(XY) = 3, n(X) = 4, n(Y) = 3, N = 5
    private final AssociationRule diapersToBeer = new AssociationRule(DIAPERS, BEER, 3, 4, 3, 5);

    @Test
    void supportIsTheShareOfBasketsWithAllItems() {
        assertEquals(0.6, diapersToBeer.support(), EXACT); // 3 / 5
    }

    @Test
    void confidenceIsTheShareOfAntecedentBasketsThatHoldTheConsequent() {
        assertEquals(0.75, diapersToBeer.confidence(), EXACT); // 3 / 4
    }

    @Test
    void liftComparesConfidenceWithTheConsequentsOwnSupport() {
        assertEquals(1.25, diapersToBeer.lift(), EXACT); // 0.75 / (3/5) = 3*5 / (4*3)
    }

    @Test
    void leverageIsObservedMinusExpectedSupport() {
        assertEquals(0.12, diapersToBeer.leverage(), EXACT); // 3/5 - (4/5)(3/5) = 0.6 - 0.48
    }

    @Test
    void convictionComparesTheExpectedWithTheObservedFailures() {
        Conviction conviction = diapersToBeer.conviction();

        assertFalse(conviction.isUnbounded());
        assertEquals(1.6, conviction.value(), EXACT); // (1 - 3/5) / (1 - 3/4) = 0.4 / 0.25
    }

    @Test
    void aRuleThatNeverFailsHasUnboundedConviction() {
        AssociationRule beerToDiapers = new AssociationRule(BEER, DIAPERS, 3, 3, 4, 5);

        assertEquals(1.0, beerToDiapers.confidence());
        assertInstanceOf(Conviction.Unbounded.class, beerToDiapers.conviction());
        assertTrue(beerToDiapers.conviction().isUnbounded());
        assertEquals(Double.POSITIVE_INFINITY, beerToDiapers.conviction().value());
        assertEquals(1.25, beerToDiapers.lift(), EXACT); // lift is symmetric
        assertEquals(0.12, beerToDiapers.leverage(), EXACT);
    }

    @Test
    void measuresARuleWithATwoItemAntecedent() {
        // {milk, diapers} => beer: n(XY) = 2, n(X) = 3, n(Y) = 3, N = 5
        AssociationRule rule = new AssociationRule(MILK_DIAPERS, BEER, 2, 3, 3, 5);

        assertEquals(0.4, rule.support(), EXACT);
        assertEquals(2.0 / 3, rule.confidence(), EXACT);
        assertEquals(10.0 / 9, rule.lift(), EXACT); // 2*5 / (3*3)
        assertEquals(0.04, rule.leverage(), EXACT); // 0.4 - 0.6*0.6
        assertEquals(1.2, rule.conviction().value(), EXACT); // 0.4 / (1/3)
        assertEquals(Itemset.of(1, 2, 3), rule.items());
    }

    @Test
    void independentItemsHaveLiftOneAndLeverageAndConvictionOfIndependence() {
        // N = 4, n(X) = 2, n(Y) = 2, n(XY) = 1: exactly what chance predicts
        AssociationRule rule = new AssociationRule(Itemset.of(0), Itemset.of(1), 1, 2, 2, 4);

        assertEquals(1.0, rule.lift(), EXACT);
        assertEquals(0.0, rule.leverage(), EXACT);
        assertEquals(1.0, rule.conviction().value(), EXACT);
    }

    @Test
    void rejectsOverlappingSidesAndImpossibleCounts() {
        assertRejected("rule", () -> new AssociationRule(MILK_DIAPERS, DIAPERS, 2, 3, 4, 5));
        assertRejected("rule", () -> new AssociationRule(DIAPERS, BEER, 4, 3, 3, 5));
        assertRejected("rule", () -> new AssociationRule(DIAPERS, BEER, 0, 4, 3, 5));
        assertRejected("rule", () -> new AssociationRule(DIAPERS, BEER, 3, 6, 3, 5));
    }
}
