package com.cartwise.domain.pricing;

import com.cartwise.domain.InvalidInputException;

/** The discounts an objective allows, inclusive. */
public record CapRange(DiscountRate min, DiscountRate max) {
    public CapRange {
        InvalidInputException.require(min != null && max != null && min.compareTo(max) <= 0, "discount_caps",
                "need a minimum at most the maximum, but were " + min + " and " + max);
    }

    public static CapRange percent(int min, int max) {
        return new CapRange(DiscountRate.ofPercent(min), DiscountRate.ofPercent(max));
    }

    public DiscountRate clamp(DiscountRate rate) {
        return rate.max(min).min(max);
    }

    public boolean contains(DiscountRate rate) {
        return rate.compareTo(min) >= 0 && rate.compareTo(max) <= 0;
    }

    @Override
    public String toString() {
        return min.percentText() + "–" + max.percentText() + "%";
    }
}
