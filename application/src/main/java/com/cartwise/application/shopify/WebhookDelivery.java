package com.cartwise.application.shopify;

import com.cartwise.domain.shopify.WebhookTopic;
import java.time.Instant;

/**
 * One webhook as Shopify delivered it, verified. Its payload holds personal data (a customer's
 * e-mail on an order): kept only until its job has processed it, and never printed.
 *
 * @param triggeredAt when Shopify says the event happened (X-Shopify-Triggered-At)
 */
public record WebhookDelivery(String webhookId, WebhookTopic topic, Instant triggeredAt, Instant receivedAt, byte[] payload) {
    public static final int MAX_ID_LENGTH = 200;

    public WebhookDelivery {
        if (webhookId == null || webhookId.isBlank() || webhookId.length() > MAX_ID_LENGTH || topic == null
                || triggeredAt == null || receivedAt == null || payload == null) {
            throw new IllegalArgumentException("a delivery has an id, a topic, two times and a payload");
        }
    }

    @Override
    public String toString() {
        return "WebhookDelivery[" + webhookId + ", " + topic.header() + "]";
    }
}
