package com.cartwise.domain.analytics;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.analytics.experiment.Arm;
import com.cartwise.domain.analytics.experiment.Interval;
import com.cartwise.domain.analytics.experiment.Lift;
import java.util.Optional;

/**
 * Both arms of a shop's holdout over a period, and what the treatment (Cartwise's
 * recommendations) gained over the control, each with its 95% confidence interval.
 *
 * @param mixedOrders purchases that name answers of both arms (a cart that changed arm as it
 *                    grew, without a session id): counted in neither arm
 */
public record HoldoutFigures(ArmFigures treatment, ArmFigures control, long mixedOrders) {
    public HoldoutFigures {
        InvalidInputException.require(treatment != null && treatment.arm() == Arm.TREATMENT, "treatment", "is the treatment arm's");
        InvalidInputException.require(control != null && control.arm() == Arm.CONTROL, "control", "is the control arm's");
        InvalidInputException.require(mixedOrders >= 0, "mixed_orders", "must not be negative");
    }

    /**
     * Treatment's acceptance rate minus control's (Newcombe's interval); empty while an arm has
     * nothing shown, as a control arm answering nothing never has. Shown items of one answer are
     * not independent draws, so the interval is somewhat narrower than the truth.
     */
    public Optional<Interval> acceptanceLift() {
        return Lift.ofProportions(treatment.acceptance().accepted(), treatment.acceptance().shown(), control.acceptance().accepted(),
                control.acceptance().shown());
    }

    /** Treatment's mean order value minus control's (Welch's interval); empty while an arm has fewer than two orders. */
    public Optional<Interval> orderValueLift() {
        return Lift.ofMeans(treatment.orderValues(), control.orderValues());
    }
}
