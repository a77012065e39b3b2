package com.cartwise.bootstrap.tenancy;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One request carrying a hostile text in one input of a route: a path variable, a query parameter,
 * a member of its JSON body (found by introspecting the body type the route declares, nested lists
 * of records included), an uploaded file's name or cell, or a header. Every other input is plausible,
 * so that the hostile one travels as deep as it can.
 */
record InjectionProbe(GuardedRoute route, String input, String method, String path, String contentType, String body,
                      Map<String, String> headers) {
    private static final String BOUNDARY = "injection-probe";
    /** Headers every route reads: the correlation id, and the actor the flag audit records. */
    private static final List<String> COMMON_HEADERS = List.of("X-Request-Id", "X-Actor");

    @Override
    public String toString() {
        return route + " [" + input + "]";
    }

    /** Every probe of the route for one hostile text; {@code shop} fills the shop's path variable where it is not the probed input. */
    static List<InjectionProbe> of(GuardedRoute route, String shop, String hostile, java.util.function.Function<Object, String> json) {
        List<InjectionProbe> probes = new ArrayList<>();
        String plainPath = route.path(shop);
        Set<String> queries = queryParameters(route);
        String waitQuery = queries.contains("wait") ? "wait=true" : null;
        for (String variable : pathVariables(route)) {
            Map<String, String> values = new HashMap<>();
            values.put(variable, hostile);
            probes.add(probe(route, "path " + variable, withQuery(path(route, shop, values), waitQuery)));
        }
        for (String query : queries) {
            String pair = query + "=" + encode(hostile);
            probes.add(probe(route, "query " + query, withQuery(plainPath, waitQuery == null || query.equals("wait") ? pair
                    : pair + "&" + waitQuery)));
        }
        String path = withQuery(plainPath, waitQuery);
        for (String header : headers(route)) {
            probes.add(new InjectionProbe(route, "header " + header, route.method(), path, contentType(route), plainBody(route),
                    Map.of(header, hostile)));
        }
        if (route.takesUploads()) {
            probes.add(new InjectionProbe(route, "file name", route.method(), path, "multipart/form-data; boundary=" + BOUNDARY,
                    upload(hostile, "Handle,Title,Variant SKU,Variant Price\r\nski,Ski,SKI-1,1.00\r\n"), Map.of()));
            String cell = "\"" + hostile.replace("\"", "\"\"") + "\"";
            probes.add(new InjectionProbe(route, "CSV cells", route.method(), path, "multipart/form-data; boundary=" + BOUNDARY,
                    upload("products.csv", "Handle,Title,Variant SKU,Variant Price\r\n" + String.join(",", cell, cell, cell, cell) + "\r\n"),
                    Map.of()));
        } else {
            bodyType(route).ifPresent(type -> {
                for (Map.Entry<String, Object> member : JsonMembers.hostile(type, hostile).entrySet()) {
                    probes.add(new InjectionProbe(route, "body " + member.getKey(), route.method(), path, "application/json",
                            json.apply(member.getValue()), Map.of()));
                }
            });
        }
        return probes;
    }

    private static InjectionProbe probe(GuardedRoute route, String input, String path) {
        return new InjectionProbe(route, input, route.method(), path, contentType(route), plainBody(route), Map.of());
    }

    private static List<String> pathVariables(GuardedRoute route) {
        String template = route.template();
        return route.route().getUriMatchTemplate().getVariableNames().stream()
                .filter(name -> !template.contains("{?" + name) && !template.matches(".*\\{\\?[^}]*," + name + "[,}].*")).toList();
    }

    /** The route's query parameters: the template's {@code {?name}} and every argument bound from the query. */
    static Set<String> queryParameters(GuardedRoute route) {
        Set<String> names = new LinkedHashSet<>();
        List<String> pathVariables = pathVariables(route);
        for (String name : route.route().getUriMatchTemplate().getVariableNames()) {
            if (!pathVariables.contains(name)) {
                names.add(name);
            }
        }
        for (Argument<?> argument : route.route().getTargetMethod().getArguments()) {
            var metadata = argument.getAnnotationMetadata();
            if (metadata.hasAnnotation(QueryValue.class)) {
                names.add(metadata.stringValue(QueryValue.class).orElse(argument.getName()));
            } else if (!pathVariables.contains(argument.getName()) && bindsFromQuery(argument)) {
                names.add(argument.getName());
            }
        }
        return names;
    }

    private static boolean bindsFromQuery(Argument<?> argument) {
        var metadata = argument.getAnnotationMetadata();
        boolean annotated = metadata.hasAnnotation(Body.class) || metadata.hasAnnotation(Header.class)
                || metadata.hasAnnotation(RequestAttribute.class) || metadata.hasAnnotation(Part.class);
        Class<?> type = argument.getType();
        return !annotated && (type == String.class || Number.class.isAssignableFrom(type) || type.isPrimitive() || type == Boolean.class)
                && !HttpRequest.class.isAssignableFrom(type);
    }

    private static Set<String> headers(GuardedRoute route) {
        Set<String> names = new LinkedHashSet<>(COMMON_HEADERS);
        for (Argument<?> argument : route.route().getTargetMethod().getArguments()) {
            argument.getAnnotationMetadata().stringValue(Header.class).ifPresent(names::add);
        }
        return names;
    }

    private static java.util.Optional<Class<?>> bodyType(GuardedRoute route) {
        if (List.of("GET", "HEAD", "DELETE").contains(route.method())) {
            return java.util.Optional.empty();
        }
        for (Argument<?> argument : route.route().getTargetMethod().getArguments()) {
            if (argument.getAnnotationMetadata().hasAnnotation(Body.class)) {
                return java.util.Optional.of(argument.getType());
            }
        }
        return java.util.Optional.empty();
    }

    private static String contentType(GuardedRoute route) {
        return List.of("GET", "HEAD", "DELETE").contains(route.method()) ? null : "application/json";
    }

    private static String plainBody(GuardedRoute route) {
        return contentType(route) == null ? null : "{}";
    }

    private static String path(GuardedRoute route, String shop, Map<String, String> hostile) {
        String plain = route.path(shop);
        // Fill the template again with the hostile value encoded as one path segment.
        String template = route.template().replaceAll("\\{\\?[^}]*}", "");
        String[] plainSegments = plain.split("/", -1);
        String[] templateSegments = template.split("/", -1);
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < templateSegments.length; i++) {
            String segment = templateSegments[i];
            String name = segment.startsWith("{") && segment.endsWith("}") ? segment.substring(1, segment.length() - 1).split(":")[0] : null;
            path.append(i == 0 ? "" : "/").append(name != null && hostile.containsKey(name) ? encode(hostile.get(name)) : plainSegments[i]);
        }
        return path.toString();
    }

    private static String withQuery(String path, String query) {
        return query == null ? path : path + "?" + query;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String upload(String fileName, String content) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName.replace("\"", "%22")
                + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n";
    }
}
