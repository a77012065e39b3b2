package com.cartwise.domain.recommend.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Every measure from one set of counts: 8 cases, top lists of 3 places, items found at place 1
 * in 2 cases, place 2 in 1 case, place 3 in 1 case (4 cases missed). Of 20 known variants, 5 were
 * shown at place 1 in some case, 7 within the top 2, 9 within the top 3.
 */
class ProtocolResultTest {
    private static final double EXACT = 1e-12;
    private static final ProtocolResult RESULT =
            new ProtocolResult(Protocol.LAST_ITEM, 8, new int[] {2, 1, 1}, new int[] {5, 7, 9}, 20);

    @Test
    void hitRateIsTheShareOfCasesWhoseHeldOutItemWasWithinTheTopK() {
        // @1: 2/8, @2: 3/8, @3: 4/8
        assertEquals(0.25, RESULT.value(Measure.HIT_RATE, 1), EXACT);
        assertEquals(0.375, RESULT.value(Measure.HIT_RATE, 2), EXACT);
        assertEquals(0.5, RESULT.value(Measure.HIT_RATE, 3), EXACT);
        assertEquals(3, RESULT.hits(2));
    }

    @Test
    void precisionDividesTheHitsByEverySlotOffered() {
        // @2: 3 / (8 * 2) = 0.1875; @3: 4 / (8 * 3) = 1/6
        assertEquals(0.1875, RESULT.value(Measure.PRECISION, 2), EXACT);
        assertEquals(1.0 / 6, RESULT.value(Measure.PRECISION, 3), EXACT);
    }

    @Test
    void recallEqualsTheHitRateWithOneHeldOutItemPerCase() {
        assertEquals(0.375, RESULT.value(Measure.RECALL, 2), EXACT);
    }

    @Test
    void ndcgDiscountsAHitByTheLogarithmOfItsPlace() {
        // @3: (2 * 1/log2(2) + 1 * 1/log2(3) + 1 * 1/log2(4)) / 8 = (2 + 0.63093 + 0.5) / 8 = 0.391366
        double expected = (2 + 1 / (Math.log(3) / Math.log(2)) + 0.5) / 8;
        assertEquals(expected, RESULT.value(Measure.NDCG, 3), EXACT);
        assertEquals(0.3913662, RESULT.value(Measure.NDCG, 3), 1e-7);
        // @1 only counts place 1: 2/8
        assertEquals(0.25, RESULT.value(Measure.NDCG, 1), EXACT);
    }

    @Test
    void mrrAveragesOneOverThePlaceOfEachHitWithinK() {
        // @3: (2 * 1 + 1 * 1/2 + 1 * 1/3) / 8 = 2.8333 / 8 = 0.3541667
        assertEquals((2 + 0.5 + 1.0 / 3) / 8, RESULT.value(Measure.MRR, 3), EXACT);
        // @2: (2 + 0.5) / 8
        assertEquals(2.5 / 8, RESULT.value(Measure.MRR, 2), EXACT);
    }

    @Test
    void coverageIsTheShareOfKnownVariantsShownWithinK() {
        assertEquals(5.0 / 20, RESULT.value(Measure.COVERAGE, 1), EXACT);
        assertEquals(7.0 / 20, RESULT.value(Measure.COVERAGE, 2), EXACT);
        assertEquals(9.0 / 20, RESULT.value(Measure.COVERAGE, 3), EXACT);
    }

    @Test
    void noCasesMeasureZeroRatherThanNaN() {
        ProtocolResult none = new ProtocolResult(Protocol.EACH_ITEM, 0, new int[2], new int[2], 0);

        for (Measure m : Measure.values()) {
            assertEquals(0.0, none.value(m, 2), EXACT, m.wireName());
        }
    }

    @Test
    void rejectsAKBeyondItsListsAndMoreHitsThanCases() {
        assertThrows(IllegalArgumentException.class, () -> RESULT.value(Measure.HIT_RATE, 4));
        assertThrows(IllegalArgumentException.class, () -> RESULT.value(Measure.HIT_RATE, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new ProtocolResult(Protocol.LAST_ITEM, 2, new int[] {2, 1}, new int[] {1, 1}, 5));
    }
}
