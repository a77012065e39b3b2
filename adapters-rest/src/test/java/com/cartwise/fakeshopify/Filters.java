package com.cartwise.fakeshopify;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The part of Shopify's search syntax Cartwise sends: updated_at and created_at lower bounds. */
final class Filters {
    private static final Pattern UPDATED = Pattern.compile("updated_at:>='([^']+)'");
    private static final Pattern CREATED = Pattern.compile("created_at:>='([^']+)'");

    private Filters() {
    }

    static Optional<Instant> updatedSince(String search) {
        return bound(UPDATED, search);
    }

    static Optional<Instant> createdSince(String search) {
        return bound(CREATED, search);
    }

    static boolean keeps(String search, Instant created, Instant updated) {
        return updatedSince(search).map(since -> !updated.isBefore(since)).orElse(true)
                && createdSince(search).map(since -> !created.isBefore(since)).orElse(true);
    }

    private static Optional<Instant> bound(Pattern pattern, String search) {
        if (search == null) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(search);
        return m.find() ? Optional.of(Instant.parse(m.group(1))) : Optional.empty();
    }
}
