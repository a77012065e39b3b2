package com.cartwise.application.flags;

import com.cartwise.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One known flag: its name, type, default and what it does. Values are kept as canonical text
 * ({@code true}, {@code 0.01}, {@code cosine}); {@link #accept} turns what a caller sent into that
 * text or refuses it naming the problem.
 *
 * @param lower      numbers only: the least value ({@code lowerOpen}: the value must exceed it)
 * @param upper      numbers only: the greatest value
 * @param rule       strings only: what the value must be beyond a string; empty for any string
 */
public record Flag(String name, FlagType type, String defaultValue, String description, double lower, boolean lowerOpen,
                   double upper, Optional<TextRule> rule) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

    public Flag {
        if (name == null || !NAME.matcher(name).matches() || type == null || defaultValue == null || description == null
                || rule == null) {
            throw new IllegalArgumentException("a flag needs a dotted lower-case name, a type, a default and a description: " + name);
        }
        if (rule.isPresent() && type != FlagType.STRING) {
            throw new IllegalArgumentException("only a string flag has a text rule: " + name);
        }
    }

    public static Flag bool(String name, boolean defaultValue, String description) {
        return new Flag(name, FlagType.BOOLEAN, Boolean.toString(defaultValue), description, 0, false, 0, Optional.empty());
    }

    public static Flag number(String name, double defaultValue, double lower, boolean lowerOpen, double upper, String description) {
        return new Flag(name, FlagType.NUMBER, plain(BigDecimal.valueOf(defaultValue)), description, lower, lowerOpen, upper,
                Optional.empty());
    }

    public static Flag integer(String name, int defaultValue, int lower, int upper, String description) {
        return new Flag(name, FlagType.INTEGER, Integer.toString(defaultValue), description, lower, false, upper, Optional.empty());
    }

    public static Flag text(String name, String defaultValue, TextRule rule, String description) {
        return new Flag(name, FlagType.STRING, defaultValue, description, 0, false, 0, Optional.of(rule));
    }

    /**
     * The canonical text of a value for this flag.
     *
     * @throws InvalidInputException (field {@code value}) for a value of another type or out of range
     */
    public String accept(FlagInput input) {
        return switch (type) {
            case BOOLEAN -> input instanceof FlagInput.Bool b ? Boolean.toString(b.value()) : refuse(input, "true or false");
            case NUMBER -> input instanceof FlagInput.Number n ? inRange(n.value()) : refuse(input, "a number");
            case INTEGER -> input instanceof FlagInput.Number n && isWhole(n.value()) ? inRange(n.value())
                    : refuse(input, "a whole number");
            case STRING -> input instanceof FlagInput.Text t ? t.value().strip() : refuse(input, "a string");
        };
    }

    /** A stored value as a boolean (the default's when it is not one: a value stored by an older catalogue). */
    public boolean asBoolean(String stored) {
        return "true".equals(stored) || !"false".equals(stored) && Boolean.parseBoolean(defaultValue);
    }

    public double asNumber(String stored) {
        try {
            return Double.parseDouble(stored);
        } catch (NumberFormatException e) {
            return Double.parseDouble(defaultValue);
        }
    }

    /** The range a number must lie in, as an error message and the catalogue print it: "(0, 1]", "[2, 3]". */
    public String range() {
        return (lowerOpen ? "(" : "[") + plain(BigDecimal.valueOf(lower)) + ", " + plain(BigDecimal.valueOf(upper)) + "]";
    }

    private String inRange(BigDecimal value) {
        double v = value.doubleValue();
        boolean above = lowerOpen ? v > lower : v >= lower;
        InvalidInputException.require(above && v <= upper, "value", name + " must be in " + range() + ", but was " + plain(value));
        return plain(value);
    }

    private String refuse(FlagInput input, String expected) {
        throw new InvalidInputException("value", name + " is a " + type.wireName() + " flag: it takes " + expected + ", but was "
                + input.describe());
    }

    private static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }

    private static String plain(BigDecimal value) {
        String text = value.stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }
}
