package com.cartwise.domain.catalog;

import com.cartwise.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.Currency;

/** An amount in a currency. Never a float: prices travel as decimal strings. */
public record Money(BigDecimal amount, Currency currency) {
    public Money {
        InvalidInputException.require(amount != null, "price", "is required");
        InvalidInputException.require(amount.signum() >= 0, "price", "must not be negative, but was " + amount.toPlainString());
        InvalidInputException.require(currency != null, "currency", "is required");
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    /** The amount as merchants write it: "112.00". */
    public String amountText() {
        return amount.toPlainString();
    }
}
