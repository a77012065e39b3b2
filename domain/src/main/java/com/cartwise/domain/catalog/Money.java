package com.cartwise.domain.catalog;

import com.cartwise.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.Currency;

/** An amount in a currency. Never a float: prices travel as decimal strings. */
public record Money(BigDecimal amount, Currency currency) {
    public Money {
        InvalidInputException.require(amount != null, "price", "is required");
        if (amount.signum() < 0) {
            throw new InvalidInputException("price", "must not be negative, but was " + amount.toPlainString());
        }
        InvalidInputException.require(currency != null, "currency", "is required");
    }

    public static Money of(String amount, String currencyCode) {
        BigDecimal value;
        try {
            value = new BigDecimal(amount.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidInputException("price", "'" + amount + "' is not a decimal amount");
        }
        return new Money(value, currency(currencyCode));
    }

    /** An ISO 4217 code ("EUR"), refused by the name of the field that carried it. */
    public static Currency currency(String code) {
        try {
            return Currency.getInstance(code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("currency", "'" + code + "' is not an ISO 4217 currency code");
        }
    }

    /** The amount as merchants write it: "112.00". */
    public String amountText() {
        return amount.toPlainString();
    }
}
