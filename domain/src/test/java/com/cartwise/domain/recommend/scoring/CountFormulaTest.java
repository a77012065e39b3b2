package com.cartwise.domain.recommend.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.recommend.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every count formula on MetricTest's example: co(A,B) = 2, countA = 3, countB = 4, N = 10. */
class CountFormulaTest {
    private static final double EXACT = 1e-12;

    private static double weight(CountFormula f) {
        return f.weight(2, 3, 4, 10);
    }

    @ParameterizedTest
    @EnumSource(value = CountFormula.class, names = {"CO_OCCURRENCE", "COSINE", "CONFIDENCE", "LIFT"})
    void theReferenceFormulasAreTheReferenceMetricsExactly(CountFormula f) {
        Metric metric = f.reference();
        assertEquals(metric.score(2, 3, 4, 10), f.exact(2, 3, 4, 10));
        assertEquals(metric.score(2, 3, 4, 10), weight(f), EXACT);
        assertEquals(metric.wireName(), f.wireName());
    }

    @Test
    void jaccardIsTheShareOfOrdersHoldingEitherThatHoldBoth() {
        // 2 / (3 + 4 - 2) = 0.4
        assertEquals(0.4, weight(CountFormula.JACCARD), EXACT);
    }

    @Test
    void inclusionDividesByTheRarerOfTheTwo() {
        // 2 / min(3, 4) = 2/3, from either side
        assertEquals(2.0 / 3, weight(CountFormula.INCLUSION), EXACT);
        assertEquals(2.0 / 3, CountFormula.INCLUSION.weight(2, 4, 3, 10), EXACT);
    }

    @Test
    void wilsonIsTheLowerBoundOfTheConfidenceInterval() {
        // p = 2/3, n = 3, z = 1.96: (p + z²/2n - z sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n) = 0.207655
        assertEquals(0.20765495512648788, weight(CountFormula.WILSON), 1e-12);
    }

    @Test
    void wilsonRanksTwoHundredOfTwoHundredAndFiftyAboveTwoOfTwo() {
        // both confidences are high (1.0 and 0.8), but two orders prove little
        double twoOfTwo = CountFormula.WILSON.weight(2, 2, 50, 1000);
        double twoHundredOf250 = CountFormula.WILSON.weight(200, 250, 300, 1000);

        assertEquals(0.342372, twoOfTwo, 1e-6);
        assertEquals(0.746043, twoHundredOf250, 1e-6);
    }

    @Test
    void mutualInformationSumsTheTwoByTwoTableOfOrders() {
        // p11 = .2, p10 = .1, p01 = .2, p00 = .5; pA = .3, pB = .4:
        // .2 ln(.2/.12) + .1 ln(.1/.18) + .2 ln(.2/.28) + .5 ln(.5/.42) = 0.0632687
        assertEquals(0.06326870451113256, weight(CountFormula.MUTUAL_INFORMATION), 1e-15);
    }

    @Test
    void mutualInformationIsZeroForAPairBoughtTogetherNoMoreThanChance() {
        // 1 of 20 orders together, A in 5, B in 4: chance gives 20 * 5/20 * 4/20 = 1
        assertEquals(0.0, CountFormula.MUTUAL_INFORMATION.weight(1, 5, 4, 20), EXACT);
    }

    @Test
    void sequenceIsTheShareOfTheCartItemsOrdersWhereTheCandidateCameAfter() {
        // given co = "orders where B came after A" = 1, countA = 3: 1/3
        assertEquals(1.0 / 3, CountFormula.SEQUENCE.weight(1, 3, 4, 10), EXACT);
    }
}
