package com.cartwise.bootstrap.tenancy;

import io.micronaut.http.MediaType;
import io.micronaut.web.router.UriRouteInfo;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/** A route of the router, called as a client would: its path variables filled in, a body of the type it consumes. */
record GuardedRoute(String method, String template, UriRouteInfo<?, ?> route) {
    private static final String BOUNDARY = "tenancy-matrix";

    static GuardedRoute of(UriRouteInfo<?, ?> route) {
        return new GuardedRoute(route.getHttpMethodName(), route.getUriMatchTemplate().toString(), route);
    }

    /** Whether the route is about one shop's data ({@code /api/v1/shops/{shopId}/...}), as against the admin API or creating shops. */
    boolean aboutOneShop() {
        return template.startsWith("/api/v1/shops/{shopId}");
    }

    /** The path with the shop and plausible other values (a job, a bundle, a model version, a key id) filled in. */
    String path(String shop) {
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

    HttpResponse<String> call(String key, String shop) throws IOException, InterruptedException {
        if (method.equals("GET") || method.equals("DELETE") || method.equals("HEAD")) {
            return TenancyMatrixTest.send(key, method, path(shop), null, null);
        }
        boolean multipart = route.getConsumes().stream().anyMatch(type -> type.matches(MediaType.MULTIPART_FORM_DATA_TYPE));
        if (multipart) {
            String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\nsku\r\n--" + BOUNDARY + "--\r\n";
            return TenancyMatrixTest.send(key, method, path(shop), "multipart/form-data; boundary=" + BOUNDARY, body);
        }
        return TenancyMatrixTest.send(key, method, path(shop), "application/json", "{}");
    }

    @Override
    public String toString() {
        return method + " " + template;
    }
}
