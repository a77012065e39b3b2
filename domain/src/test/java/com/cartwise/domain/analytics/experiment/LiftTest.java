package com.cartwise.domain.analytics.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LiftTest {
    private static final double EPSILON = 1e-4;

    @Test
    void newcombesHybridScoreIntervalMatchesHisPublishedExamples() {
        // Newcombe (1998), Statistics in Medicine 17:873-890, Table II, method 10:
        // 56/70 - 48/80 = 0.2000, 95% CI 0.0524 to 0.3339; 9/10 - 3/10 = 0.6000, 0.1705 to 0.8090
        Interval first = Lift.ofProportions(56, 70, 48, 80).orElseThrow();
        Interval second = Lift.ofProportions(9, 10, 3, 10).orElseThrow();

        assertEquals(0.2, first.estimate(), EPSILON);
        assertEquals(0.0524, first.lower(), EPSILON);
        assertEquals(0.3339, first.upper(), EPSILON);
        assertEquals(0.1705, second.lower(), EPSILON);
        assertEquals(0.8090, second.upper(), EPSILON);
        assertTrue(first.excludesZero());
    }

    @Test
    void aProportionIntervalStaysDefinedAtZeroAndEmptyWithoutAnyShown() {
        // 0/10 vs 0/20: Wilson's intervals (0, 0.2775) and (0, 0.1611) give -0.1611 to 0.2775
        Interval none = Lift.ofProportions(0, 10, 0, 20).orElseThrow();

        assertEquals(0, none.estimate(), EPSILON);
        assertEquals(-0.1611, none.lower(), EPSILON);
        assertEquals(0.2775, none.upper(), EPSILON);
        assertFalse(none.excludesZero());
        assertEquals(Optional.empty(), Lift.ofProportions(1, 10, 0, 0));
    }

    @Test
    void welchsIntervalUsesTheExactTQuantileForFractionalDegreesOfFreedom() {
        // treatment 100, 60, 80, 120 (mean 90, variance 666.67); control 40, 20, 50 (mean 36.67, variance 233.33)
        // se = sqrt(166.67 + 77.78) = 15.635; Welch-Satterthwaite df = 4.8643; t(0.975, 4.8643) = 2.5932 (scipy)
        Interval lift = Lift.ofMeans(sample(100, 60, 80, 120), sample(40, 20, 50)).orElseThrow();

        assertEquals(53.3333, lift.estimate(), EPSILON);
        assertEquals(12.8035, lift.lower(), EPSILON);
        assertEquals(93.8632, lift.upper(), EPSILON);
    }

    @Test
    void welchsIntervalIsEmptyWithFewerThanTwoOrdersInAnArmOrNoSpread() {
        assertEquals(Optional.empty(), Lift.ofMeans(sample(100), sample(40, 20)));
        assertEquals(Optional.empty(), Lift.ofMeans(sample(50, 50), sample(50, 50)));
    }

    @Test
    void theTQuantileMatchesTheTables() {
        assertEquals(12.7062, StudentT.quantile975(1), EPSILON);
        assertEquals(4.3027, StudentT.quantile975(2), EPSILON);
        assertEquals(3.1824, StudentT.quantile975(3), EPSILON);
        assertEquals(2.2281, StudentT.quantile975(10), EPSILON);
        assertEquals(2.0423, StudentT.quantile975(30), EPSILON);
        assertEquals(6.1880, StudentT.quantile975(1.4706), 1e-3);
        assertEquals(1.9600, StudentT.quantile975(1e7), EPSILON);
    }

    private static Lift.Sample sample(double... values) {
        double sum = 0;
        double squares = 0;
        for (double v : values) {
            sum += v;
            squares += v * v;
        }
        return new Lift.Sample(values.length, sum, squares);
    }
}
