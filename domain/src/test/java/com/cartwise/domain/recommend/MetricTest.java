package com.cartwise.domain.recommend;

import static com.cartwise.domain.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The four pair scores of the reference POS recommender, all on one example:
 * co(A,B) = 2, countA = 3, countB = 4, N = 10.
 */
class MetricTest {
    private static final int CO = 2;
    private static final int COUNT_A = 3;
    private static final int COUNT_B = 4;
    private static final int ORDERS = 10;
    private static final double EXACT = 1e-12;

    @Test
    void coOccurrenceIsTheNumberOfOrdersHoldingBoth() {
        // co = 2
        assertEquals(2.0, Metric.CO_OCCURRENCE.score(CO, COUNT_A, COUNT_B, ORDERS), EXACT);
    }

    @Test
    void cosineDividesByTheGeometricMeanOfBothCounts() {
        // 2 / sqrt(3 * 4) = 2 / 3.4641 = 0.57735
        assertEquals(0.5773502691896258, Metric.COSINE.score(CO, COUNT_A, COUNT_B, ORDERS), EXACT);
    }

    @Test
    void confidenceIsTheShareOfTheCartItemsOrdersThatAlsoHeldTheCandidate() {
        // P(B|A) = 2 / 3 = 0.6667; divides by countA, the cart item's count, never by countB
        assertEquals(2.0 / 3.0, Metric.CONFIDENCE.score(CO, COUNT_A, COUNT_B, ORDERS), EXACT);
        // swapping the roles: 2 / 4 = 0.5
        assertEquals(0.5, Metric.CONFIDENCE.score(CO, COUNT_B, COUNT_A, ORDERS), EXACT);
    }

    @Test
    void liftIsHowManyTimesMoreOftenThanChance() {
        // 2 * 10 / (3 * 4) = 20 / 12 = 1.6667
        assertEquals(20.0 / 12.0, Metric.LIFT.score(CO, COUNT_A, COUNT_B, ORDERS), EXACT);
    }

    @Test
    void liftOfIndependentItemsIsOne() {
        // A in 5 of 10, B in 4 of 10, independent -> together in 10 * 0.5 * 0.4 = 2: 2 * 10 / (5 * 4) = 1
        assertEquals(1.0, Metric.LIFT.score(2, 5, 4, 10), EXACT);
    }

    @Test
    void liftDoesNotOverflowOnLargeShops() {
        // 50,000 * 2,000,000 overflows an int; the score must not: 50,000 * 2,000,000 / (100,000 * 100,000) = 10
        assertEquals(10.0, Metric.LIFT.score(50_000, 100_000, 100_000, 2_000_000), EXACT);
    }

    @Test
    void theWireNamesAreTheOnesTheApisUse() {
        assertEquals("co_occurrence", Metric.CO_OCCURRENCE.wireName());
        assertEquals("cosine", Metric.COSINE.wireName());
        assertEquals("confidence", Metric.CONFIDENCE.wireName());
        assertEquals("lift", Metric.LIFT.wireName());
    }

    @ParameterizedTest
    @EnumSource(Metric.class)
    void fromWireNameReadsBackEveryWireName(Metric metric) {
        assertEquals(metric, Metric.fromWireName(metric.wireName()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"LIFT", "Cosine", "CO_OCCURRENCE", "co-occurrence", " lift", "", "jaccard"})
    void fromWireNameRejectsAnythingElseNamingTheMetricField(String name) {
        InvalidInputException e = assertRejected("metric", () -> Metric.fromWireName(name));
        assertEquals("must be one of co_occurrence, cosine, confidence, lift, but was '" + name + "'", e.problem());
    }

    @Test
    void fromWireNameRejectsNull() {
        InvalidInputException e = assertRejected("metric", () -> Metric.fromWireName(null));
        assertTrue(e.problem().endsWith("but was 'null'"), e.problem());
    }
}
