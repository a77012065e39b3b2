package com.cartwise.rest.shopify;

import com.cartwise.domain.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A date the API takes as {@code 2024-01-01} (midnight UTC) or as an instant ({@code 2024-01-01T00:00:00Z}). */
final class Dates {
    private Dates() {
    }

    static Optional<Instant> since(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date such as 2024-01-01 or an instant such as 2024-01-01T00:00:00Z,"
                    + " but was '" + text + "'");
        }
    }
}
