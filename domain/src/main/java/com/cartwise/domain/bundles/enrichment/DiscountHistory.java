package com.cartwise.domain.bundles.enrichment;

import com.cartwise.domain.InvalidInputException;
import java.util.OptionalDouble;

/**
 * The discounts shoppers actually got: over the order lines whose unit price and discount are
 * known, how many carried a discount and how deep it was on average (discount / gross value of
 * the line). The depth of discounted lines, not the mean over all lines, is what pricing starts
 * from: "when this product is discounted, it is by about 15%".
 */
public record DiscountHistory(int pricedLines, int discountedLines, double sumOfRates, double maxRate) {
    public static final DiscountHistory NONE = new DiscountHistory(0, 0, 0, 0);

    public DiscountHistory {
        InvalidInputException.require(pricedLines >= discountedLines && discountedLines >= 0, "discount_history",
                "discounted lines must be between 0 and the priced lines");
        InvalidInputException.require(sumOfRates >= 0 && maxRate >= 0 && maxRate <= 1, "discount_history", "rates lie in [0, 1]");
    }

    /** The mean rate of the discounted lines, if there were any. */
    public OptionalDouble typicalRate() {
        return discountedLines == 0 ? OptionalDouble.empty() : OptionalDouble.of(sumOfRates / discountedLines);
    }

    public DiscountHistory plus(DiscountHistory other) {
        return new DiscountHistory(pricedLines + other.pricedLines, discountedLines + other.discountedLines,
                sumOfRates + other.sumOfRates, Math.max(maxRate, other.maxRate));
    }

    /** One more line with known price: its rate, 0 when undiscounted. */
    public DiscountHistory plusLine(double rate) {
        return rate > 0 ? new DiscountHistory(pricedLines + 1, discountedLines + 1, sumOfRates + rate, Math.max(maxRate, rate))
                : new DiscountHistory(pricedLines + 1, discountedLines, sumOfRates, maxRate);
    }
}
