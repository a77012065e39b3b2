package com.cartwise.rest.access;

import java.util.List;

/**
 * The one list of routes that answer without an API key, each with its reason. Everything else
 * needs a key (secure by default: a new route is guarded without anyone remembering it), and the
 * tenancy matrix test checks every other route of the router.
 */
public final class OpenRoutes {
    /** A route open to callers without a key, and why. */
    public record OpenRoute(String path, String reason) {
    }

    public static final List<OpenRoute> ALL = List.of(
            new OpenRoute("/health", "load balancers and orchestrators probe it (and its liveness and readiness) without credentials;"
                    + " it shows no details"),
            new OpenRoute("/openapi", "the API's OpenAPI document: how to call Cartwise, no shop's data"),
            new OpenRoute("/swagger-ui", "the browsable view of that document: static pages, no shop's data"),
            new OpenRoute("/api/v1/shopify/webhooks", "Shopify calls it; each delivery is verified by its HMAC signature"),
            new OpenRoute("/api/v1/shopify/install", "Shopify sends the merchant here; the query is verified by its HMAC"),
            new OpenRoute("/api/v1/shopify/oauth/callback",
                    "Shopify sends the merchant back here; verified by its HMAC and a one-time state"));

    private OpenRoutes() {
    }

    /** Whether a request to this path (its query left out) needs no key. */
    public static boolean isOpen(String path) {
        for (OpenRoute route : ALL) {
            if (path.equals(route.path()) || path.startsWith(route.path() + "/")) {
                return true;
            }
        }
        return false;
    }
}
