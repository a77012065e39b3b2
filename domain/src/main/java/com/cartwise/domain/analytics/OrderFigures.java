package com.cartwise.domain.analytics;

import com.cartwise.domain.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Purchases split by whether they hold an accepted recommendation: the order lists an answer's
 * recommendation_id, and an accept of that answer names a variant the order holds. The whole
 * order's revenue is attributed to recommendations then (docs/ANALYTICS.md says why).
 */
public record OrderFigures(long ordersWith, BigDecimal revenueWith, long ordersWithout, BigDecimal revenueWithout) {
    public static final OrderFigures NONE = new OrderFigures(0, BigDecimal.ZERO, 0, BigDecimal.ZERO);

    public OrderFigures {
        InvalidInputException.require(ordersWith >= 0 && ordersWithout >= 0, "orders", "must not be negative");
        InvalidInputException.require(revenueWith != null && revenueWithout != null, "revenue", "is required");
    }

    public long orders() {
        return ordersWith + ordersWithout;
    }

    public BigDecimal revenue() {
        return revenueWith.add(revenueWithout);
    }

    /** The mean order value with an accepted recommendation, to the cent; 0 without such orders. */
    public BigDecimal averageWith() {
        return mean(revenueWith, ordersWith);
    }

    public BigDecimal averageWithout() {
        return mean(revenueWithout, ordersWithout);
    }

    public BigDecimal average() {
        return mean(revenue(), orders());
    }

    private static BigDecimal mean(BigDecimal total, long count) {
        return count == 0 ? BigDecimal.ZERO.setScale(2) : total.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_EVEN);
    }

    public OrderFigures plus(OrderFigures other) {
        return new OrderFigures(ordersWith + other.ordersWith, revenueWith.add(other.revenueWith), ordersWithout + other.ordersWithout,
                revenueWithout.add(other.revenueWithout));
    }
}
