package com.cartwise.domain.bundles;

import static com.cartwise.domain.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceTest {
    // 120 orders: ski in 40, wax in 30, both in 12
    private final Evidence skiAndWax = new Evidence(120, 12, List.of(1L, 2L), List.of(40, 30));

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
        Evidence triple = new Evidence(100, 4, List.of(1L, 2L, 3L), List.of(20, 10, 5));

        assertEquals(40.0, triple.lift(), 1e-9);
        assertEquals(0.4, triple.coVisitation(), 1e-12);
        assertEquals(0.8, triple.confidence(), 1e-12); // 4 / 5
        assertEquals(0, triple.anchorIndex());
    }

    @Test
    void neverTogetherMeansNoEvidence() {
        Evidence apart = new Evidence(30, 0, List.of(1L, 2L), List.of(3, 0));

        assertEquals(0.0, apart.confidence());
        assertEquals(0.0, apart.lift());
        assertEquals(0.0, apart.coVisitation());
    }

    @Test
    void theAnchorIsTheVariantInMostOrders() {
        assertEquals(1, new Evidence(10, 1, List.of(7L, 8L), List.of(2, 5)).anchorIndex());
    }

    @Test
    void rejectsImpossibleCounts() {
        assertRejected("evidence", () -> new Evidence(10, 3, List.of(1L, 2L), List.of(2, 5)));
        assertRejected("evidence", () -> new Evidence(10, 1, List.of(1L, 2L), List.of(11, 5)));
        assertRejected("evidence", () -> new Evidence(10, 1, List.of(1L, 2L), List.of(3)));
    }
}
