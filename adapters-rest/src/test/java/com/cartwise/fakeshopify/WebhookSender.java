package com.cartwise.fakeshopify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Delivers webhooks as Shopify does: a POST of the JSON body with the topic, the shop's domain, the
 * API version, a webhook id, the trigger time and the body's HMAC-SHA256 under the app's secret.
 * Answers the HTTP status Cartwise gave.
 */
public final class WebhookSender {
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;
    private final String domain;
    private final String secret;

    public WebhookSender(URI endpoint, String domain, String secret) {
        this.endpoint = endpoint;
        this.domain = domain;
        this.secret = secret;
    }

    public Delivery send(String topic, Map<String, Object> payload) {
        return send(topic, JsonText.of(payload).getBytes(StandardCharsets.UTF_8), UUID.randomUUID().toString(), Instant.now(), secret);
    }

    /** Every header and the signing secret under the caller's control, to forge, replay or date a delivery. */
    public Delivery send(String topic, byte[] body, String webhookId, Instant triggeredAt, String signingSecret) {
        return sendSigned(topic, body, webhookId, triggeredAt, signingSecret == null ? null : Signing.webhook(body, signingSecret));
    }

    /** A delivery under a given signature (null: unsigned), as a tamperer who kept another body's signature sends it. */
    public Delivery sendSigned(String topic, byte[] body, String webhookId, Instant triggeredAt, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .header("X-Shopify-Topic", topic)
                .header("X-Shopify-Shop-Domain", domain)
                .header("X-Shopify-API-Version", "2025-10")
                .header("X-Shopify-Webhook-Id", webhookId)
                .header("X-Shopify-Triggered-At", triggeredAt.toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("X-Shopify-Hmac-Sha256", signature);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Delivery(webhookId, response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("could not deliver a webhook to " + endpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Delivery(String webhookId, int status, String body) {
    }
}
