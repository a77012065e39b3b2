package com.cartwise.domain.analytics;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.analytics.experiment.Arm;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Names one answer Cartwise gave (a cart's recommendations, a product page's, a cart's bundles), so
 * that the till's later events (impression, accept, purchase) can say which answer they are about.
 * <p>
 * 128 random bits as 32 lower-case hex digits. Drawn from {@link ThreadLocalRandom} rather than
 * {@code UUID.randomUUID()}: the id only has to be unique among a shop's answers, not unguessable,
 * and SecureRandom's shared state would be the one contended lock on the serving path. Nothing is
 * written when an answer is given: the id costs a few nanoseconds and no database round trip.
 * <p>
 * The first digit says which arm of a holdout the answer was given in ({@link #arm}): {@code 1}
 * treatment, {@code 2} control, {@code 0} none (no holdout ran for the shop). The events that
 * follow an answer send its id back, so the analytics know every event's arm from the id alone,
 * and serving stores nothing per answer. The other 31 digits (124 bits) are random.
 */
public record RecommendationId(String value) {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    public RecommendationId {
        // Every answer served makes one: the message is made only for a refusal.
        if (!isHex32(value)) {
            throw new InvalidInputException("recommendation_id", "must be the 32 lower-case hex digits Cartwise answered with, but was "
                    + (value == null ? "missing" : "'" + value + "'"));
        }
    }

    /** A new id for an answer given outside any holdout. */
    public static RecommendationId random() {
        return issue(Arm.NONE);
    }

    /** A new id for an answer given in {@code arm}. */
    public static RecommendationId issue(Arm arm) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] digits = new char[32];
        fill(digits, 0, random.nextLong());
        fill(digits, 16, random.nextLong());
        digits[0] = armDigit(arm);
        return new RecommendationId(new String(digits));
    }

    /**
     * The arm the answer was given in. An id whose first digit is neither {@code 1} nor {@code 2}
     * (also one issued before holdouts existed, whose digits were all random) is {@link Arm#NONE}.
     */
    public Arm arm() {
        return switch (value.charAt(0)) {
            case '1' -> Arm.TREATMENT;
            case '2' -> Arm.CONTROL;
            default -> Arm.NONE;
        };
    }

    /** The first digit of an id issued in the arm; the analytics' SQL reads it back (docs/ANALYTICS.md). */
    public static char armDigit(Arm arm) {
        return switch (arm) {
            case NONE -> '0';
            case TREATMENT -> '1';
            case CONTROL -> '2';
        };
    }

    private static void fill(char[] digits, int from, long bits) {
        for (int i = 15; i >= 0; i--) {
            digits[from + i] = HEX[(int) (bits & 0xf)];
            bits >>>= 4;
        }
    }

    // A loop, not a regular expression: this check runs for every answer served.
    private static boolean isHex32(String value) {
        if (value == null || value.length() != 32) {
            return false;
        }
        for (int i = 0; i < 32; i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
