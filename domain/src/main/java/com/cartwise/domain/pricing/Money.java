package com.cartwise.domain.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Exact money for pricing: amounts in the currency's minor-unit scale (2 for EUR, 0 for JPY, 3
 * for KWD; 2 for currencies without one), rounded half up, the rounding shoppers and tills expect
 * of a single price (half-even is for sums of many). A price that must not fall below a cost is
 * rounded up instead, so rounding can never undercut it.
 */
final class Money {
    static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    private final int scale;

    Money(Currency currency) {
        this.scale = currency.getDefaultFractionDigits() < 0 ? 2 : currency.getDefaultFractionDigits();
    }

    BigDecimal round(BigDecimal amount) {
        return amount.setScale(scale, ROUNDING);
    }

    /** {@code amount} × (1 − rate), rounded; never below {@code floor} when there is one (rounded up to the scale). */
    BigDecimal discounted(BigDecimal amount, DiscountRate rate, BigDecimal floor) {
        BigDecimal price = round(amount.multiply(BigDecimal.ONE.subtract(rate.value())));
        if (floor != null && price.compareTo(floor) < 0) {
            price = floor.setScale(scale, RoundingMode.CEILING).min(round(amount));
        }
        return price;
    }

    /** (list − price) / list to four decimals; 0 for a free list. */
    static DiscountRate effectiveRate(BigDecimal list, BigDecimal price) {
        if (list.signum() == 0) {
            return DiscountRate.NONE;
        }
        return new DiscountRate(list.subtract(price).divide(list, 4, RoundingMode.HALF_UP));
    }

    /**
     * The largest whole-percent discount on {@code list} that keeps it at or above {@code cost}:
     * floor(1 − cost / list); none when the cost is unknown (null) — no floor to keep.
     */
    static DiscountRate costLimit(BigDecimal list, BigDecimal cost) {
        if (cost == null || list.signum() == 0) {
            return DiscountRate.ofPercent(100);
        }
        return DiscountRate.wholePercentBelow(BigDecimal.ONE.subtract(cost.divide(list, 10, RoundingMode.CEILING)));
    }
}
