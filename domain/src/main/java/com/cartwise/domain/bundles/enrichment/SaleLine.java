package com.cartwise.domain.bundles.enrichment;

import com.cartwise.domain.InvalidInputException;
import java.math.BigDecimal;

/**
 * A resolved order line: which variant, how many, at what unit price, and the discount given on
 * the whole line (both null when the source does not say).
 */
public record SaleLine(long variantId, int quantity, BigDecimal unitPrice, BigDecimal discount) {
    public SaleLine {
        InvalidInputException.requirePositive(variantId, "variant_id");
        InvalidInputException.requirePositive(quantity, "quantity");
        InvalidInputException.require(unitPrice == null || unitPrice.signum() >= 0, "price", "must not be negative");
        InvalidInputException.require(discount == null || discount.signum() >= 0, "discount", "must not be negative");
    }

    /** Just a variant and a quantity, price unknown. */
    public static SaleLine of(long variantId, int quantity) {
        return new SaleLine(variantId, quantity, null, null);
    }

    /**
     * The share of the line's gross value given away: discount / (unit price × quantity), in
     * [0, 1]; negative (meaning unknown) when price or discount is missing or the line was free.
     */
    public double discountRate() {
        if (unitPrice == null || discount == null || unitPrice.signum() == 0) {
            return -1;
        }
        double gross = unitPrice.doubleValue() * quantity;
        return Math.min(1.0, discount.doubleValue() / gross);
    }
}
