package com.cartwise.rest.access;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The shop a request's path is about: {@code /api/v1/shops/{shop_id}/...}. */
final class ShopPath {
    private static final String PREFIX = "/api/v1/shops/";

    private ShopPath() {
    }

    /** The raw shop id segment, decoded; empty for paths about no one shop (the admin API, creating shops). */
    static Optional<String> shopOf(String path) {
        if (!path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = path.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        String segment = slash < 0 ? rest : rest.substring(0, slash);
        return segment.isEmpty() ? Optional.empty() : Optional.of(URLDecoder.decode(segment, StandardCharsets.UTF_8));
    }

    static boolean isAdmin(String path) {
        return path.equals("/api/v1/admin") || path.startsWith("/api/v1/admin/");
    }
}
