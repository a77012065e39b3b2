package com.cartwise.domain.shopify;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The webhook topics Cartwise receives, by Shopify's names: the header name
 * ({@code orders/create}) and the GraphQL enum a subscription names ({@code ORDERS_CREATE}). The
 * three privacy topics cannot be subscribed through the API: an app declares them in its
 * configuration, and Shopify sends them to every public app.
 */
public enum WebhookTopic {
    ORDERS_CREATE("orders/create", true),
    ORDERS_UPDATED("orders/updated", true),
    ORDERS_CANCELLED("orders/cancelled", true),
    PRODUCTS_CREATE("products/create", true),
    PRODUCTS_UPDATE("products/update", true),
    PRODUCTS_DELETE("products/delete", true),
    INVENTORY_LEVELS_UPDATE("inventory_levels/update", true),
    APP_UNINSTALLED("app/uninstalled", true),
    CUSTOMERS_DATA_REQUEST("customers/data_request", false),
    CUSTOMERS_REDACT("customers/redact", false),
    SHOP_REDACT("shop/redact", false);

    private final String header;
    private final boolean subscribable;

    WebhookTopic(String header, boolean subscribable) {
        this.header = header;
        this.subscribable = subscribable;
    }

    /** The topic as the X-Shopify-Topic header and the database write it. */
    public String header() {
        return header;
    }

    /** The topic as the GraphQL WebhookSubscriptionTopic enum writes it. */
    public String graphqlName() {
        return name();
    }

    /** Whether an app subscribes to it through webhookSubscriptionCreate (the privacy topics come by app configuration). */
    public boolean subscribable() {
        return subscribable;
    }

    public static Optional<WebhookTopic> fromHeader(String header) {
        return Arrays.stream(values()).filter(t -> t.header.equals(header)).findFirst();
    }

    public static List<WebhookTopic> subscribableTopics() {
        return Arrays.stream(values()).filter(WebhookTopic::subscribable).toList();
    }
}
