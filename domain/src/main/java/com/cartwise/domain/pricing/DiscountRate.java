package com.cartwise.domain.pricing;

import com.cartwise.domain.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share of a price given away, in [0, 1], exact: 0.15 is "15% off". Equal by value (0.1 equals 0.10). */
public record DiscountRate(BigDecimal value) implements Comparable<DiscountRate> {
    public static final DiscountRate NONE = new DiscountRate(BigDecimal.ZERO);

    public DiscountRate {
        InvalidInputException.require(value != null && value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0, "discount",
                "must be between 0 and 1, but was " + value);
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
    }

    public static DiscountRate ofPercent(int percent) {
        return new DiscountRate(BigDecimal.valueOf(percent).movePointLeft(2));
    }

    /** The whole percent nearest to {@code rate} (half up), clamped to [0, 100]. */
    public static DiscountRate wholePercentNear(double rate) {
        BigDecimal percent = BigDecimal.valueOf(Math.max(0, Math.min(1, rate))).movePointRight(2).setScale(0, RoundingMode.HALF_UP);
        return new DiscountRate(percent.movePointLeft(2));
    }

    /** The largest whole percent not above {@code rate}. */
    public static DiscountRate wholePercentBelow(BigDecimal rate) {
        BigDecimal clamped = rate.max(BigDecimal.ZERO).min(BigDecimal.ONE);
        return new DiscountRate(clamped.movePointRight(2).setScale(0, RoundingMode.FLOOR).movePointLeft(2));
    }

    /** "15", "12.5". */
    public String percentText() {
        return value.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    public double asDouble() {
        return value.doubleValue();
    }

    public DiscountRate min(DiscountRate other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public DiscountRate max(DiscountRate other) {
        return compareTo(other) >= 0 ? this : other;
    }

    @Override
    public int compareTo(DiscountRate other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return percentText() + "%";
    }
}
