package com.cartwise.shopify;

import java.net.URI;
import java.time.Duration;

/**
 * How Cartwise talks to Shopify's Admin API.
 *
 * @param adminUrl where a shop's Admin API is, with {@code {shop}} for the shop's myshopify domain:
 *                 {@code https://{shop}} for Shopify itself; tests point it at a local fake
 * @param apiVersion the pinned Admin API version ({@code 2025-10}); 2025-07 or newer, whose bulk
 *                   operations take {@code groupObjects}
 * @param timeout the longest wait for one HTTP answer (a bulk result streams for longer)
 * @param retries how often a request that failed with 5xx or a broken connection is tried again, with doubling pauses
 * @param firstRetryPause the pause before the first retry
 * @param bulkPollInterval how often a running bulk operation is asked how far it is
 * @param pageSize objects per page of paginated (incremental) reads; nested lists ask for as many,
 *                 and a larger one costs more of the rate limit per request
 */
public record ShopifySettings(String adminUrl, String apiVersion, Duration timeout, int retries, Duration firstRetryPause,
                              Duration bulkPollInterval, int pageSize) {
    /** Shopify itself: each shop's Admin API is at its myshopify domain. */
    public static final String SHOPIFY = "https://{shop}";

    public ShopifySettings {
        if (adminUrl == null || !adminUrl.contains("{shop}")) {
            throw new IllegalArgumentException("cartwise.shopify.admin-url must contain {shop}, e.g. https://{shop}");
        }
        if (apiVersion == null || !apiVersion.matches("\\d{4}-\\d{2}|unstable")) {
            throw new IllegalArgumentException("cartwise.shopify.api-version must be a version such as 2025-10, but was " + apiVersion);
        }
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("cartwise.shopify.timeout must be positive, but was " + timeout);
        }
        if (retries < 0) {
            throw new IllegalArgumentException("cartwise.shopify.retries must not be negative, but was " + retries);
        }
        if (firstRetryPause == null || firstRetryPause.isNegative()) {
            throw new IllegalArgumentException("cartwise.shopify.first-retry-pause must not be negative, but was " + firstRetryPause);
        }
        if (bulkPollInterval == null || bulkPollInterval.isZero() || bulkPollInterval.isNegative()) {
            throw new IllegalArgumentException("cartwise.shopify.bulk-poll-interval must be positive, but was " + bulkPollInterval);
        }
        if (pageSize < 1 || pageSize > 250) {
            throw new IllegalArgumentException("cartwise.shopify.page-size must be 1 to 250, but was " + pageSize);
        }
    }

    /** The shop's Admin base, such as https://my-shop.myshopify.com. */
    URI admin(String shopDomain) {
        return URI.create(adminUrl.replace("{shop}", shopDomain).replaceAll("/+$", ""));
    }

    URI graphql(String shopDomain) {
        return URI.create(admin(shopDomain) + "/admin/api/" + apiVersion + "/graphql.json");
    }
}
