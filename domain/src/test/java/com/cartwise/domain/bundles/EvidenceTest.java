package com.cartwise.domain.bundles;

import static com.cartwise.domain.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceTest {
    // 120 orders: ski in 40, wax in 30, both in 12
    private final Evidence skiAndWax = Evidence.ofPair(120, 12, 1, 2, 40, 30);

    @Test
    void confidenceIsTheBestRuleFromOneVariantToTheRest() {
        assertEquals(0.4, skiAndWax.confidence(), 1e-12); // max(12/40, 12/30)
    }

    @Test
    void liftComparesTogetherWithIndependentPurchases() {
        assertEquals(1.2, skiAndWax.lift(), 1e-12); // 12 * 120 / (40 * 30)
    }

    @Test
    void coVisitationIsTheCosineOfAPair() {
        assertEquals(12 / Math.sqrt(1200), skiAndWax.coVisitation(), 1e-12);
    }

    @Test
    void aTripleGeneralisesLiftAndCosine() {
        // N = 100, 20/10/5 orders, 4 together: lift 4 * 100^2 / (20*10*5) = 40; cosine 4 / cbrt(1000) = 0.4
        Evidence triple = new Evidence(100, 4, List.of(1L, 2L, 3L), List.of(20, 10, 5), List.of(8, 4, 5));

        assertEquals(40.0, triple.lift(), 1e-9);
        assertEquals(0.4, triple.coVisitation(), 1e-12);
        assertEquals(0.8, triple.confidence(), 1e-12); // 4 / 5
        assertEquals(0, triple.anchorIndex());
    }

    @Test
    void pickAnyOffersAreJudgedByTheMeanOverTheirPairs() {
        // pairs (1,2) 8 of 20/10, (1,3) 4 of 20/5, (2,3) 5 of 10/5: cosines 8/sqrt(200), 4/sqrt(100), 5/sqrt(50)
        Evidence triple = new Evidence(100, 4, List.of(1L, 2L, 3L), List.of(20, 10, 5), List.of(8, 4, 5));

        assertEquals((8 / Math.sqrt(200) + 0.4 + 5 / Math.sqrt(50)) / 3, triple.meanOverPairs(Evidence::coVisitation), 1e-12);
        assertEquals(Evidence.ofPair(100, 5, 2, 3, 10, 5), triple.pair(2, 1));
        assertEquals(0.0, Evidence.ofSingle(100, 1, 20).meanOverPairs(Evidence::coVisitation));
    }

    @Test
    void aSingleVariantIsAlwaysWithItself() {
        Evidence single = Evidence.ofSingle(100, 1, 20);

        assertEquals(20, single.together());
        assertEquals(1.0, single.lift(), 1e-12);
        assertEquals(1.0, single.coVisitation(), 1e-12);
    }

    @Test
    void neverTogetherMeansNoEvidence() {
        Evidence apart = Evidence.ofPair(30, 0, 1, 2, 3, 0);

        assertEquals(0.0, apart.confidence());
        assertEquals(0.0, apart.lift());
        assertEquals(0.0, apart.coVisitation());
    }

    @Test
    void theAnchorIsTheVariantInMostOrders() {
        assertEquals(1, Evidence.ofPair(10, 1, 7, 8, 2, 5).anchorIndex());
    }

    @Test
    void rejectsImpossibleCounts() {
        assertRejected("evidence", () -> Evidence.ofPair(10, 3, 1, 2, 2, 5));
        assertRejected("evidence", () -> Evidence.ofPair(10, 1, 1, 2, 11, 5));
        assertRejected("evidence", () -> new Evidence(10, 1, List.of(1L, 2L), List.of(3), List.of(1)));
        assertRejected("evidence", () -> new Evidence(10, 1, List.of(1L, 2L, 3L), List.of(3, 3, 3), List.of(1, 1)));
        assertRejected("evidence", () -> new Evidence(10, 2, List.of(1L, 2L, 3L), List.of(3, 3, 3), List.of(2, 1, 2)));
    }
}
