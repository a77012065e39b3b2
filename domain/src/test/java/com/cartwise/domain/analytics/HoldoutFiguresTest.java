package com.cartwise.domain.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.analytics.experiment.Arm;
import com.cartwise.domain.analytics.experiment.Interval;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The lifts of a holdout from its arms' figures (the arms of application's KnownHoldoutEvents). */
class HoldoutFiguresTest {
    private static final double DELTA = 1e-9;
    private static final ArmFigures TREATMENT = new ArmFigures(Arm.TREATMENT, 3, 3, new Acceptance(5, 3), 3, new BigDecimal("240.00"),
            new BigDecimal("20000.0000"));
    private static final ArmFigures CONTROL = new ArmFigures(Arm.CONTROL, 2, 1, new Acceptance(2, 1), 2, new BigDecimal("120.00"),
            new BigDecimal("7400.0000"));

    @Test
    void theAcceptanceLiftIsNewcombesIntervalOnTheDifferenceOfRates() {
        // 3/5 - 1/2 = 0.1; Wilson intervals 3/5 [0.2307, 0.8824], 1/2 [0.0945, 0.9055]; computed independently in Python
        Interval lift = new HoldoutFigures(TREATMENT, CONTROL, 1).acceptanceLift().orElseThrow();

        assertEquals(0.1, lift.estimate(), DELTA);
        assertEquals(-0.4484245614142879, lift.lower(), DELTA);
        assertEquals(0.5941082576402724, lift.upper(), DELTA);
        assertFalse(lift.excludesZero());
    }

    @Test
    void theOrderValueLiftIsWelchsIntervalOnTheDifferenceOfMeans() {
        // 80 - 60 = 20; variances 400 (100, 60, 80) and 200 (50, 70); df 2.882; scipy's ttest_ind(equal_var=False) interval
        Interval lift = new HoldoutFigures(TREATMENT, CONTROL, 1).orderValueLift().orElseThrow();

        assertEquals(20, lift.estimate(), DELTA);
        assertEquals(-29.754675964107648, lift.lower(), 1e-6);
        assertEquals(69.75467596410765, lift.upper(), 1e-6);
    }

    @Test
    void aControlArmThatShowsNothingHasNoAcceptanceLiftAndOneOrderNoOrderValueLift() {
        ArmFigures nothingShown = new ArmFigures(Arm.CONTROL, 4, 0, Acceptance.NONE, 1, new BigDecimal("70.00"), new BigDecimal("4900"));

        HoldoutFigures figures = new HoldoutFigures(TREATMENT, nothingShown, 0);

        assertEquals(Optional.empty(), figures.acceptanceLift());
        assertEquals(Optional.empty(), figures.orderValueLift());
        assertEquals(new BigDecimal("70.00"), nothingShown.averageOrderValue());
        assertEquals(new BigDecimal("0.00"), ArmFigures.none(Arm.CONTROL).averageOrderValue());
    }

    @Test
    void aClearDifferenceExcludesZero() {
        ArmFigures many = new ArmFigures(Arm.TREATMENT, 1000, 1000, new Acceptance(1000, 300), 0, BigDecimal.ZERO, BigDecimal.ZERO);
        ArmFigures few = new ArmFigures(Arm.CONTROL, 1000, 1000, new Acceptance(1000, 100), 0, BigDecimal.ZERO, BigDecimal.ZERO);

        assertTrue(new HoldoutFigures(many, few, 0).acceptanceLift().orElseThrow().excludesZero());
    }
}
