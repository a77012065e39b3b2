package com.cartwise.rest.access;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

/** The key of an {@code Authorization: Bearer <key>} header (RFC 6750), or null. */
final class BearerKey {
    private static final String SCHEME = "bearer ";

    private BearerKey() {
    }

    static String of(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() <= SCHEME.length() || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        return header.substring(SCHEME.length()).strip();
    }
}
