package com.cartwise.domain.pricing;

import com.cartwise.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * A bundle's price in its currency's scale: the list price of its reference basket (one of each,
 * or the units of the offer), the bundle price, the offer, the effective discount
 * (list − price) / list to four decimals, where the discount came from, and whether the cost floor
 * cut it.
 *
 * @param margin price − cost of the reference basket, or null when a cost is unknown
 */
public record BundlePrice(Currency currency, BigDecimal listPrice, BigDecimal price, Offer offer, DiscountRate effectiveRate,
                          DiscountBasis basis, CapRange caps, boolean limitedByCost, BigDecimal margin) {
    public BundlePrice {
        InvalidInputException.require(currency != null && listPrice != null && price != null && offer != null && effectiveRate != null
                && basis != null && caps != null, "bundle_price", "is incomplete");
        InvalidInputException.require(price.signum() >= 0 && price.compareTo(listPrice) <= 0, "price",
                "must be between 0 and the list price " + listPrice + ", but was " + price);
    }

    /**
     * Whether the bundle has nothing to sell at a discount: a list price of 0, as when every item
     * came from a file without prices (basket and transaction files; see docs/IMPORTS.md).
     */
    public boolean unpriced() {
        return listPrice.signum() == 0;
    }

    public BigDecimal savings() {
        return listPrice.subtract(price);
    }

    public Optional<BigDecimal> marginIfKnown() {
        return Optional.ofNullable(margin);
    }
}
