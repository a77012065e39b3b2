package com.cartwise.domain;

/**
 * A value or request that breaks a rule of the domain. Carries the name of the offending field
 * in the words the public APIs use ({@code shop_id}, {@code items[2].sku}, {@code limit}), so that
 * every adapter can tell the caller exactly what to fix.
 */
public final class InvalidInputException extends RuntimeException {
    private final String field;

    public InvalidInputException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The problem without the field name. */
    public String problem() {
        return getMessage().substring(field.length() + 2);
    }

    /**
     * The same problem, placed inside a larger request: {@code sku} of the third cart item
     * becomes {@code items[2].sku}, so the caller knows which item to fix.
     */
    public InvalidInputException within(String parent) {
        return new InvalidInputException(parent + "." + field, problem());
    }

    public static void require(boolean condition, String field, String problem) {
        if (!condition) {
            throw new InvalidInputException(field, problem);
        }
    }

    /**
     * Refuses a number that is not above 0, saying what it was. The message is made only for a
     * refusal: checks run on every line of a million-line import, and making their messages
     * up front was a quarter of a gigabyte of garbage per import (JFR allocation samples).
     */
    public static void requirePositive(long value, String field) {
        if (value <= 0) {
            throw new InvalidInputException(field, "must be positive, but was " + value);
        }
    }

    /**
     * Refuses a text holding the NUL character (U+0000): no merchant's name, SKU or label has one,
     * and PostgreSQL cannot store or even compare it (a bound parameter with it fails the statement),
     * so it is the caller's mistake to name, not a server error. A null text passes: presence is the
     * caller's own rule.
     */
    public static void requireNoNul(String text, String field) {
        if (text != null && text.indexOf('\0') >= 0) {
            throw new InvalidInputException(field, "must not contain the NUL character (U+0000)");
        }
    }
}
