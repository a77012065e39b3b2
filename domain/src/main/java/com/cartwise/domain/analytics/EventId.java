package com.cartwise.domain.analytics;

import com.cartwise.domain.InvalidInputException;
import java.util.regex.Pattern;

/**
 * The id a till or storefront gives an event, unique within its shop: what makes recording
 * idempotent (a retried batch finds its events already there and changes nothing). A UUID is the
 * usual choice; any 1 to 100 characters of letters, digits, '.', '_', ':' and '-' will do.
 */
public record EventId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    public EventId {
        InvalidInputException.require(value != null && !value.isEmpty(), "event_id", "is required");
        // Every event recorded makes one: the message is made only for a refusal.
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidInputException("event_id",
                    "must be 1 to 100 characters of letters, digits, '.', '_', ':' and '-', but was '" + abbreviated(value) + "'");
        }
    }

    static String abbreviated(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "...";
    }

    @Override
    public String toString() {
        return value;
    }
}
