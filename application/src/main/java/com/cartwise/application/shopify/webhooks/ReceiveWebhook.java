package com.cartwise.application.shopify.webhooks;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.port.Jobs;
import com.cartwise.application.port.ShopifyConnections;
import com.cartwise.application.port.ShopifySignatures;
import com.cartwise.application.port.ShopifySyncLog;
import com.cartwise.application.port.WebhookInbox;
import com.cartwise.application.shopify.WebhookDelivery;
import com.cartwise.application.shopify.access.ShopifyKeys;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.domain.shopify.ClientSecret;
import com.cartwise.domain.shopify.ShopDomain;
import com.cartwise.domain.shopify.WebhookTopic;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Shopify delivers a webhook. It is answered within Shopify's few seconds: verified (HMAC-SHA256 of
 * the raw body, with the secret of the shop's own custom app or else the Cartwise app's), checked
 * for staleness and for a webhook id seen before, kept in the shop's inbox, and a job is queued to
 * process it unless one is already waiting. Nothing is merged in the request.
 *
 * <p>Shopify signs the body only: the topic, id and time headers are trusted once the body is
 * authentic, as Shopify's own libraries trust them.
 */
public final class ReceiveWebhook {
    private final ShopifyConnections connections;
    private final ShopifyKeys keys;
    private final ShopifySignatures signatures;
    private final WebhookInbox inbox;
    private final ShopifySyncLog log;
    private final Jobs jobs;
    private final Optional<ClientSecret> appSecret;
    private final Duration maxAge;
    private final Clock clock;

    /**
     * @param appSecret the Cartwise app's client secret, which signs the webhooks of shops installed by OAuth
     * @param maxAge older deliveries are refused as stale (Shopify retries a failed delivery for up to 48 hours)
     */
    public ReceiveWebhook(ShopifyConnections connections, ShopifyKeys keys, ShopifySignatures signatures, WebhookInbox inbox,
                          ShopifySyncLog log, Jobs jobs, Optional<ClientSecret> appSecret, Duration maxAge, Clock clock) {
        this.connections = connections;
        this.keys = keys;
        this.signatures = signatures;
        this.inbox = inbox;
        this.log = log;
        this.jobs = jobs;
        this.appSecret = appSecret;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** A delivery as it arrived: the headers Shopify sets (any may be missing), and the raw body. */
    public record Delivery(String shopDomain, String topic, String webhookId, String triggeredAt, String hmac, byte[] body) {
        public Delivery {
            if (body == null) {
                throw new IllegalArgumentException("a delivery has a body, if empty");
            }
        }
    }

    public Result execute(Delivery delivery) {
        if (delivery.hmac() == null || delivery.hmac().isBlank()) {
            return new Result.Unauthentic("the request carries no X-Shopify-Hmac-Sha256 signature");
        }
        Optional<ShopDomain> domain = domain(delivery.shopDomain());
        Optional<ShopId> shop = domain.flatMap(connections::shopOf);
        Optional<ClientSecret> secret = shop.flatMap(keys::webhookSecret).or(() -> appSecret);
        if (secret.isEmpty() || !signatures.webhookSigned(delivery.body(), delivery.hmac(), secret.get())) {
            return new Result.Unauthentic("the signature does not match the body");
        }
        Optional<WebhookTopic> topic = Optional.ofNullable(delivery.topic()).flatMap(WebhookTopic::fromHeader);
        if (shop.isEmpty() || topic.isEmpty()) {
            // Authentic, but for no shop or topic of ours: a refusal would only make Shopify retry it for two days.
            return new Result.Ignored(shop.isEmpty() ? "no Cartwise shop is connected to " + delivery.shopDomain()
                    : "Cartwise does not process the topic " + delivery.topic());
        }
        Instant now = clock.instant();
        Optional<Instant> triggered = instant(delivery.triggeredAt());
        if (triggered.isEmpty() || triggered.get().isBefore(now.minus(maxAge))) {
            return new Result.Unauthentic("the delivery is stale or undated (X-Shopify-Triggered-At: " + delivery.triggeredAt() + ")");
        }
        String id = delivery.webhookId();
        if (id == null || id.isBlank() || id.length() > WebhookDelivery.MAX_ID_LENGTH) {
            return new Result.Unauthentic("the delivery carries no usable X-Shopify-Webhook-Id");
        }
        if (!inbox.keep(shop.get(), new WebhookDelivery(id, topic.get(), triggered.get(), now, delivery.body()))) {
            return new Result.Duplicate(id);
        }
        log.webhookReceived(shop.get(), now);
        if (!inbox.readerWaiting(shop.get())) {
            jobs.enqueue(Job.queued(shop.get(), JobId.random(), new WebhooksRequest(), now));
        }
        return new Result.Accepted(shop.get(), topic.get());
    }

    private static Optional<ShopDomain> domain(String header) {
        try {
            return header == null ? Optional.empty() : Optional.of(ShopDomain.of(header));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> instant(String header) {
        try {
            return header == null ? Optional.empty() : Optional.of(Instant.parse(header.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public sealed interface Result {
        /** Kept; a job will process it. */
        record Accepted(ShopId shop, WebhookTopic topic) implements Result {
        }

        /** This webhook id came before: Shopify retried a delivery Cartwise already has. */
        record Duplicate(String webhookId) implements Result {
        }

        /** Authentic but of no concern (an unknown shop, a topic Cartwise does not process). */
        record Ignored(String why) implements Result {
        }

        /** Unsigned, forged, stale or undated: refused, nothing kept. */
        record Unauthentic(String why) implements Result {
        }
    }
}
