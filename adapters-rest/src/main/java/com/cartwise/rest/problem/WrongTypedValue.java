package com.cartwise.rest.problem;

import com.fasterxml.jackson.core.JsonParseException;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.exceptions.InvalidFormatException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A JSON body with a value of the wrong type for its field ({@code "limit": "three"},
 * {@code "items": {"sku": "A"}}), as micronaut-serde reports it: the field named as the API names
 * it ({@code items[0].variant_id}) and what its value must be, with the value the caller sent. The
 * parser's own message is not passed on: it names Java types.
 */
final class WrongTypedValue {
    /**
     * How micronaut-serde starts the error for a member a request type does not have, on the types
     * that refuse unknown members ({@code @JsonIgnoreProperties(ignoreUnknown = false)}: requests
     * that start costly work, where a misspelt member would silently change what runs).
     */
    private static final String UNKNOWN_MEMBER = "Unknown property [";
    /** Longest value quoted back: enough to recognise it. */
    private static final int QUOTED = 40;

    private WrongTypedValue() {
    }

    /**
     * The problem to answer, when {@code error} is a value of the wrong type at a known place in
     * the body; empty for a body that is not JSON at all (cut short, a stray character), which the
     * parser reports at a place too.
     */
    static Optional<Problem> of(Throwable error) {
        SerdeException placed = null;
        for (Throwable t = error; t != null; t = next(t)) {
            if (t instanceof JsonParseException) {
                return Optional.empty();
            }
            if (placed == null && t instanceof SerdeException serde && !serde.getPath().isEmpty()) {
                placed = serde;
            }
        }
        return Optional.ofNullable(placed).map(WrongTypedValue::problem);
    }

    private static Throwable next(Throwable t) {
        Throwable cause = t.getCause();
        if (cause == null && t instanceof ConversionErrorException conversion) {
            cause = conversion.getConversionError().getCause();
        }
        return cause == t ? null : cause;
    }

    private static Problem problem(SerdeException error) {
        // the path runs from the failing value out to the body
        List<ReferencePath> path = new ArrayList<>(error.getPath().reversed());
        // "items": {...} fails as it starts the list, with its first place already on the path
        // (kept when it is the whole path: a body that is itself a list keeps a place to name)
        boolean notAList = String.valueOf(error.getMessage()).contains("expected START_ARRAY");
        if (notAList && path.size() > 1 && path.getLast() instanceof CollectionItemReferencePath) {
            path.removeLast();
        }
        StringBuilder field = new StringBuilder();
        for (ReferencePath step : path) {
            switch (step) {
                case PropertyReferencePath property -> field.append(field.isEmpty() ? "" : ".").append(Problems.apiName(property.property().getName()));
                case CollectionItemReferencePath item -> field.append('[').append(item.index()).append(']');
                case MapItemReferencePath entry -> field.append(field.isEmpty() ? "" : ".").append(entry.key());
                default -> {
                }
            }
        }
        if (String.valueOf(error.getMessage()).startsWith(UNKNOWN_MEMBER) && path.getLast() instanceof PropertyReferencePath member) {
            return Problems.invalid(field.toString(), "is not a member of this request; its members are " + members(member.type()));
        }
        String expected = notAList ? "must be a list" : expected(typeAt(path.getLast()));
        return Problems.invalid(field.toString(), expected + sent(error).map(value -> ", but was " + value).orElse(""));
    }

    /** The members a request type takes, as the API names them, in their declared order. */
    private static String members(Class<?> type) {
        return BeanIntrospection.getIntrospection(type).getBeanProperties().stream()
                .map(property -> Problems.apiName(property.getName())).collect(Collectors.joining(", "));
    }

    private static Class<?> typeAt(ReferencePath step) {
        return switch (step) {
            case PropertyReferencePath property -> property.property().getType();
            case CollectionItemReferencePath item -> item.collectionArgument().getFirstTypeVariable().<Class<?>>map(Argument::getType).orElse(Object.class);
            case MapItemReferencePath entry -> entry.mapArgument().getTypeVariable("V").<Class<?>>map(Argument::getType).orElse(Object.class);
            default -> Object.class;
        };
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == Long.class || type == long.class || type == Short.class || type == short.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class || type == BigDecimal.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
            return "must be text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        return "must be an object";
    }

    /** The caller's value, as JSON writes it, when the parser kept it. */
    private static Optional<String> sent(Throwable error) {
        for (Throwable t = error; t != null; t = next(t)) {
            if (t instanceof InvalidFormatException format && format.getOriginalValue() != null) {
                Object value = format.getOriginalValue();
                String text = value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value);
                return Optional.of(text.length() > QUOTED ? text.substring(0, QUOTED) + "..." : text);
            }
        }
        return Optional.empty();
    }
}
