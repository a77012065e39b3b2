package com.cartwise.application.shopify;

import java.time.Instant;

/**
 * Something that went wrong with a shop's link, for its status: a sync that failed, a webhook that
 * could not be processed, a subscription Shopify refused.
 *
 * @param source what failed ({@code sync}, {@code webhooks}, {@code subscription})
 */
public record ConnectionError(Instant at, String source, String message) {
    public static final int MAX_MESSAGE = 1000;

    public ConnectionError {
        if (at == null || source == null || source.isBlank() || message == null || message.isBlank()) {
            throw new IllegalArgumentException("an error has a time, a source and a message");
        }
        message = message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "…" : message;
    }
}
