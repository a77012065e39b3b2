package com.cartwise.domain.analytics;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.analytics.experiment.Arm;
import com.cartwise.domain.analytics.experiment.Lift;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One arm of a holdout over a period, from the events whose recommendation ids carry that arm
 * (docs/ANALYTICS.md, "A/B holdout").
 *
 * @param answers        the arm's answers an impression or a purchase of the period names
 * @param impressions    the arm's impressions in the period
 * @param acceptance     their shown items and how many of them were accepted
 * @param orders         purchases of the period whose answers are all of this arm
 * @param revenue        those orders' revenue
 * @param revenueSquares the sum of each order's revenue squared: with the count and sum, the spread of order values
 */
public record ArmFigures(Arm arm, long answers, long impressions, Acceptance acceptance, long orders, BigDecimal revenue,
                         BigDecimal revenueSquares) {
    public ArmFigures {
        InvalidInputException.require(arm != null && arm != Arm.NONE, "arm", "is treatment or control");
        InvalidInputException.require(answers >= 0 && impressions >= 0 && orders >= 0 && acceptance != null, "orders",
                "counts must not be negative");
        InvalidInputException.require(revenue != null && revenueSquares != null && revenue.signum() >= 0 && revenueSquares.signum() >= 0,
                "revenue", "must not be negative");
    }

    public static ArmFigures none(Arm arm) {
        return new ArmFigures(arm, 0, 0, Acceptance.NONE, 0, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** The mean order value to the cent (half-even), 0 without orders, as {@link OrderFigures} rounds it. */
    public BigDecimal averageOrderValue() {
        return orders == 0 ? BigDecimal.ZERO.setScale(2) : revenue.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_EVEN);
    }

    /** The order values as Welch's interval reads them. */
    public Lift.Sample orderValues() {
        return new Lift.Sample(orders, revenue.doubleValue(), revenueSquares.doubleValue());
    }
}
