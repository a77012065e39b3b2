package com.cartwise.shopify;

import io.micronaut.json.tree.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Null-safe reads of Shopify's JSON, where a field may be absent, null, or a number written as text. */
final class Json {
    private Json() {
    }

    static Optional<JsonNode> at(JsonNode node, String... path) {
        JsonNode current = node;
        for (String key : path) {
            if (current == null || !current.isObject()) {
                return Optional.empty();
            }
            current = current.get(key);
        }
        return current == null || current.isNull() ? Optional.empty() : Optional.of(current);
    }

    static Optional<String> text(JsonNode node, String... path) {
        return at(node, path).filter(JsonNode::isValueNode).map(JsonNode::coerceStringValue);
    }

    static String textOr(JsonNode node, String fallback, String... path) {
        return text(node, path).orElse(fallback);
    }

    static Optional<Long> number(JsonNode node, String... path) {
        return text(node, path).map(String::strip).filter(t -> !t.isEmpty()).map(t -> {
            try {
                return new BigDecimal(t).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                throw new NotReadable(String.join(".", path), "'" + t + "' is not a whole number");
            }
        });
    }

    static Optional<BigDecimal> decimal(JsonNode node, String... path) {
        return text(node, path).map(String::strip).filter(t -> !t.isEmpty()).map(t -> {
            try {
                return new BigDecimal(t);
            } catch (NumberFormatException e) {
                throw new NotReadable(String.join(".", path), "'" + t + "' is not a decimal amount");
            }
        });
    }

    static Optional<Boolean> bool(JsonNode node, String... path) {
        return at(node, path).filter(JsonNode::isBoolean).map(JsonNode::getBooleanValue);
    }

    static Optional<Instant> instant(JsonNode node, String... path) {
        return text(node, path).map(t -> {
            try {
                return OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeParseException e) {
                throw new NotReadable(String.join(".", path), "'" + t + "' is not a date and time with an offset");
            }
        });
    }

    static List<JsonNode> list(JsonNode node, String... path) {
        List<JsonNode> items = new ArrayList<>();
        at(node, path).filter(JsonNode::isArray).ifPresent(array -> array.values().forEach(items::add));
        return items;
    }

    static JsonNode object(Map<String, JsonNode> fields) {
        return JsonNode.createObjectNode(fields);
    }

    /** A field of an object Shopify gave that Cartwise cannot read: the object is refused, not the whole sync. */
    static final class NotReadable extends RuntimeException {
        private final String field;

        NotReadable(String field, String problem) {
            super(field + ": " + problem, null, false, false);
            this.field = field;
        }

        String field() {
            return field;
        }
    }
}
