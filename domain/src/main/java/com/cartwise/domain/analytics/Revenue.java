package com.cartwise.domain.analytics;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.catalog.Money;

/** What an order or a bundle brought, read from an event's {@code revenue} as the APIs name its parts. */
public final class Revenue {
    private Revenue() {
    }

    /** @throws InvalidInputException naming {@code revenue}, {@code revenue.amount} or {@code revenue.currency_code} */
    public static Money parse(String amount, String currencyCode) {
        InvalidInputException.require(amount != null && !amount.isBlank(), "revenue.amount", "is required");
        try {
            return Money.of(amount, currencyCode);
        } catch (InvalidInputException e) {
            String field = e.field().equals("currency") ? "revenue.currency_code" : "revenue.amount";
            throw new InvalidInputException(field, e.problem());
        }
    }
}
