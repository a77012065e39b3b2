package com.cartwise.domain.analytics;

import com.cartwise.domain.InvalidInputException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Names one answer Cartwise gave (a cart's recommendations, a product page's, a cart's bundles), so
 * that the till's later events (impression, accept, purchase) can say which answer they are about.
 * <p>
 * 128 random bits as 32 lower-case hex digits. Drawn from {@link ThreadLocalRandom} rather than
 * {@code UUID.randomUUID()}: the id only has to be unique among a shop's answers, not unguessable,
 * and SecureRandom's shared state would be the one contended lock on the serving path. Nothing is
 * written when an answer is given: the id costs a few nanoseconds and no database round trip.
 */
public record RecommendationId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{32}");

    public RecommendationId {
        InvalidInputException.require(value != null && SHAPE.matcher(value).matches(), "recommendation_id",
                "must be the 32 lower-case hex digits Cartwise answered with, but was " + (value == null ? "missing" : "'" + value + "'"));
    }

    public static RecommendationId random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new RecommendationId(hex(random.nextLong()) + hex(random.nextLong()));
    }

    private static String hex(long bits) {
        String digits = Long.toHexString(bits);
        return "0".repeat(16 - digits.length()) + digits;
    }

    @Override
    public String toString() {
        return value;
    }
}
