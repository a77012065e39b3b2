package com.cartwise.domain.analytics;

import com.cartwise.domain.InvalidInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What happened after Cartwise answered, in the words the APIs and the {@code events} table use. */
public enum EventType {
    /** Recommendations were shown to a shopper or a till's staff. */
    IMPRESSION("impression"),
    /** A shown recommendation was added to the cart. */
    ACCEPT("accept"),
    /** An order was placed. */
    PURCHASE("purchase"),
    /** A bundle was shown. */
    BUNDLE_VIEW("bundle_view"),
    /** A bundle was bought at its price. */
    BUNDLE_PURCHASE("bundle_purchase");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static EventType fromWireName(String name) {
        for (EventType type : values()) {
            if (type.wireName.equals(name)) {
                return type;
            }
        }
        throw new InvalidInputException("type", (name == null || name.isEmpty() ? "is required" : "'" + name + "' is not an event type")
                + ": one of " + Arrays.stream(values()).map(EventType::wireName).collect(Collectors.joining(", ")));
    }
}
