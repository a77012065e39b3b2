package com.cartwise.domain.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MetricEvaluationTest {
    private static final double EXACT = 1e-12;

    @Test
    void hitRateIsTheShareOfCasesWhoseHeldOutVariantWasInTheTopK() {
        // 3 hits in 8 cases at K = 2: 3/8 = 0.375
        assertEquals(0.375, new MetricEvaluation(Metric.LIFT, 2, 8, 3).hitRate(), EXACT);
    }

    @Test
    void precisionDividesTheHitsByEverySlotOffered() {
        // 3 hits over 8 cases * 2 slots: 3/16 = 0.1875
        assertEquals(0.1875, new MetricEvaluation(Metric.LIFT, 2, 8, 3).precision(), EXACT);
    }

    @Test
    void recallEqualsTheHitRateWithOneHeldOutItemPerCase() {
        // one relevant item per case: found 3 of 8 = 0.375
        assertEquals(0.375, new MetricEvaluation(Metric.LIFT, 2, 8, 3).recall(), EXACT);
    }

    @Test
    void noCasesMeasureZeroRatherThanNaN() {
        MetricEvaluation none = new MetricEvaluation(Metric.COSINE, 2, 0, 0);

        assertEquals(0.0, none.hitRate());
        assertEquals(0.0, none.precision());
        assertEquals(0.0, none.recall());
    }

    @Test
    void rejectsInconsistentCounts() {
        assertThrows(IllegalArgumentException.class, () -> new MetricEvaluation(Metric.LIFT, 0, 8, 3));
        assertThrows(IllegalArgumentException.class, () -> new MetricEvaluation(Metric.LIFT, 2, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new MetricEvaluation(Metric.LIFT, 2, 8, -1));
        assertThrows(IllegalArgumentException.class, () -> new MetricEvaluation(Metric.LIFT, 2, 8, 9));
    }
}
