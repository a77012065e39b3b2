package com.cartwise.application.port;

import java.util.Locale;

/**
 * Requests a door refused before any use case ran, for operators: a till whose key was revoked,
 * a script past its budget, a key trying another shop. Counted by the doors themselves: the HTTP
 * server's request metrics never see them (Micronaut's metrics filter has no order, so it runs
 * after every filter that has one, the key check among them, and an answer a filter gives is not timed).
 */
public interface AccessMetrics {
    /** For doors nobody measures (tests, benchmarks). */
    AccessMetrics NONE = (door, refusal) -> {
    };

    void refused(Door door, Refusal refusal);

    /** Where the request came in. */
    enum Door {
        REST, GRPC;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Why it was refused. */
    enum Refusal {
        /** No key, or not a key this instance knows (HTTP 401, gRPC UNAUTHENTICATED). */
        UNAUTHENTICATED,
        /** A shop's key on the admin API or on a route about no one shop (HTTP 403). */
        FORBIDDEN,
        /** A shop's key naming another shop (answered as if the shop did not exist: HTTP 404, gRPC NOT_FOUND). */
        OTHER_SHOP,
        /** A key past its request budget (HTTP 429, gRPC RESOURCE_EXHAUSTED). */
        RATE_LIMITED,
        /** The key could not be read just now: the database out of reach (HTTP 503, gRPC UNAVAILABLE). */
        KEY_UNREADABLE;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
