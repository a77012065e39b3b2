package com.cartwise.bootstrap.tenancy;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * JSON bodies of a request type with a hostile text in one member each, read from the type's
 * introspection (every request body is {@code @Serdeable}, so introspected; its members are snake_case).
 * The other top-level text members get plausible values, so that the request passes the checks
 * before the hostile member.
 */
final class JsonMembers {
    private static final int DEPTH = 3;
    private static final AtomicLong FRESH = new AtomicLong();

    private JsonMembers() {
    }

    /** Member path (e.g. {@code items[].sku}) to the whole body carrying the hostile text there. */
    static Map<String, Object> hostile(Class<?> type, String hostile) {
        Map<String, Object> bodies = new LinkedHashMap<>();
        Optional<? extends BeanIntrospection<?>> introspection = BeanIntrospector.SHARED.findIntrospection(type);
        if (introspection.isEmpty()) {
            // A body read as a JSON tree (the flags' {"name", "value"}): its members are not declared anywhere.
            bodies.put("(the body)", hostile);
            bodies.put("name, value", Map.of("name", hostile, "value", hostile));
            return bodies;
        }
        members(introspection.get(), hostile, DEPTH).forEach((path, member) -> {
            Map<String, Object> body = plausible(introspection.get());
            body.putAll(member);
            bodies.put(path, body);
        });
        return bodies;
    }

    /** Member path to the one-member object that carries the hostile text at that path. */
    private static Map<String, Map<String, Object>> members(BeanIntrospection<?> type, String hostile, int depth) {
        Map<String, Map<String, Object>> members = new LinkedHashMap<>();
        for (BeanProperty<?, ?> property : type.getBeanProperties()) {
            String name = snakeCase(property.getName());
            Argument<?> argument = property.asArgument();
            Class<?> valueType = argument.getType();
            if (Collection.class.isAssignableFrom(valueType)) {
                Class<?> element = argument.getFirstTypeVariable().<Class<?>>map(Argument::getType).orElse(Object.class);
                Optional<? extends BeanIntrospection<?>> nested = BeanIntrospector.SHARED.findIntrospection(element);
                if (nested.isPresent() && depth > 1) {
                    members(nested.get(), hostile, depth - 1).forEach((path, member) ->
                            members.put(name + "[]." + path, Map.of(name, List.of(member))));
                } else {
                    members.put(name + "[]", Map.of(name, List.of(hostile)));
                }
                continue;
            }
            Optional<? extends BeanIntrospection<?>> nested = BeanIntrospector.SHARED.findIntrospection(valueType);
            if (nested.isPresent() && depth > 1 && !valueType.isEnum()) {
                members(nested.get(), hostile, depth - 1).forEach((path, member) -> members.put(name + "." + path, Map.of(name, member)));
            } else {
                // Text where text belongs, and text where a number or a boolean does: both must come back as a 400.
                members.put(name, Map.of(name, hostile));
            }
        }
        return members;
    }

    private static Map<String, Object> plausible(BeanIntrospection<?> type) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (BeanProperty<?, ?> property : type.getBeanProperties()) {
            if (property.getType() == String.class) {
                String name = snakeCase(property.getName());
                body.put(name, switch (name) {
                    case "shop_id" -> "injected-" + FRESH.incrementAndGet();
                    case "currency" -> "EUR";
                    case "bundle_key" -> "0123456789abcdef0123456789abcdef";
                    default -> "a1";
                });
            }
        }
        return body;
    }

    static String snakeCase(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}
