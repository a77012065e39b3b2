package com.cartwise.application.port;

import com.cartwise.application.jobs.JobId;
import com.cartwise.application.shopify.WebhookDelivery;
import com.cartwise.domain.shop.ShopId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Webhook deliveries between their request (answered at once) and the job that processes them.
 * A delivery is known by Shopify's webhook id, so a retried delivery is kept once. Its payload,
 * which holds personal data, is erased as soon as it is processed.
 */
public interface WebhookInbox {

    /** Keeps a delivery; false, changing nothing, when the shop received this webhook id before. */
    boolean keep(ShopId shop, WebhookDelivery delivery);

    /** Whether a job that will read the shop's inbox is queued and not yet started. */
    boolean readerWaiting(ShopId shop);

    /**
     * Takes the shop's oldest unprocessed deliveries for this job, holding them for {@code hold}.
     * Deliveries are processed in the order they came, so while another job of the shop holds
     * some, this one gets none and {@link Claim#heldElsewhere()} says so.
     */
    Claim claim(ShopId shop, JobId job, int limit, Instant now, Duration hold);

    /** The deliveries are done: kept as received (for their ids), their payloads erased. */
    void processed(ShopId shop, Collection<String> webhookIds, Instant at);

    long unprocessed(ShopId shop);

    /** The shops with a delivery received before the instant and still unprocessed (its job failed or died). */
    List<ShopId> shopsWaiting(Instant receivedBefore);

    /** Forgets deliveries received before the instant (a retry that old is refused as stale anyway). */
    long forget(Instant receivedBefore);

    record Claim(List<WebhookDelivery> deliveries, boolean heldElsewhere) {
        public Claim {
            deliveries = List.copyOf(deliveries);
        }
    }
}
