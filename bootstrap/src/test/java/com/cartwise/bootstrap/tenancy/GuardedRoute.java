package com.cartwise.bootstrap.tenancy;

import com.cartwise.bootstrap.server.CartwiseServer;
import com.cartwise.rest.access.OpenRoutes;
import io.micronaut.http.MediaType;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A route of the router, called as a client would: its path variables filled in, a body of the type it consumes.
 * The routes are read from the running server's router, so a test that walks them covers a new endpoint as soon as it exists.
 */
public record GuardedRoute(String method, String template, UriRouteInfo<?, ?> route) {
    private static final String BOUNDARY = "tenancy-matrix";

    static GuardedRoute of(UriRouteInfo<?, ?> route) {
        return new GuardedRoute(route.getHttpMethodName(), route.getUriMatchTemplate().toString(), route);
    }

    /** Every route the server's router knows, each once, CORS preflights ({@code OPTIONS}) left out. */
    public static List<GuardedRoute> all(CartwiseServer server) {
        // The router's stream holds every route twice (the same object, Micronaut 4.10): walking it as it is called
        // every route twice, half of InjectionTest's two minutes.
        return server.context().getBean(Router.class).uriRoutes().distinct().map(GuardedRoute::of)
                .filter(route -> !"OPTIONS".equals(route.method())).toList();
    }

    /** The routes that need a key: all but {@link OpenRoutes#ALL}. */
    public static List<GuardedRoute> guarded(CartwiseServer server) {
        return all(server).stream().filter(route -> !OpenRoutes.isOpen(route.path("any-shop"))).toList();
    }

    /** Whether the route is about one shop's data ({@code /api/v1/shops/{shopId}/...}), as against the admin API or creating shops. */
    public boolean aboutOneShop() {
        return template.startsWith("/api/v1/shops/{shopId}");
    }

    /** The path with the shop and plausible other values (a job, a bundle, a model version, a key id) filled in. */
    public String path(String shop) {
        Map<String, Object> values = new HashMap<>();
        for (String name : route.getUriMatchTemplate().getVariableNames()) {
            values.put(name, switch (name) {
                case "shopId" -> shop;
                case "version" -> "1";
                case "keyId" -> "aaaaaaaaaaaaaaaa";
                case "jobId" -> "00000000-0000-4000-8000-000000000001";
                default -> "a1";
            });
        }
        // Query variables ({?wait}) are left out.
        values.keySet().removeIf(name -> route.getUriMatchTemplate().toString().contains("{?" + name));
        return route.getUriMatchTemplate().expand(values).replaceAll("\\{\\?[^}]*}", "");
    }

    /** Whether the route takes its input as multipart files (an upload). */
    public boolean takesUploads() {
        return route.getConsumes().stream().anyMatch(type -> type.matches(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    HttpResponse<String> call(int port, String key, String shop) throws IOException, InterruptedException {
        if (method.equals("GET") || method.equals("DELETE") || method.equals("HEAD")) {
            return Requests.send(port, key, method, path(shop), null, null, Map.of());
        }
        if (takesUploads()) {
            String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\nsku\r\n--" + BOUNDARY + "--\r\n";
            return Requests.send(port, key, method, path(shop), "multipart/form-data; boundary=" + BOUNDARY, body, Map.of());
        }
        return Requests.send(port, key, method, path(shop), "application/json", "{}", Map.of());
    }

    @Override
    public String toString() {
        return method + " " + template;
    }
}
