package com.cartwise.persistence.shopify;

import com.cartwise.application.jobs.JobId;
import com.cartwise.application.port.WebhookInbox;
import com.cartwise.application.shopify.WebhookDelivery;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.domain.shopify.WebhookTopic;
import com.cartwise.persistence.SqlValues;
import com.cartwise.persistence.TransactionalJdbc;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** {@link WebhookInbox} in {@code shopify_webhooks}. */
@Singleton
public final class JdbcWebhookInbox implements WebhookInbox {
    private final TransactionalJdbc jdbc;

    JdbcWebhookInbox(TransactionalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean keep(ShopId shop, WebhookDelivery d) {
        return jdbc.write(c -> Bound.update(c, """
                INSERT INTO shopify_webhooks (shop_id, webhook_id, topic, triggered_at, received_at, payload)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (shop_id, webhook_id) DO NOTHING""",
                shop.value(), d.webhookId(), d.topic().header(), d.triggeredAt(), d.receivedAt(), d.payload()) == 1);
    }

    @Override
    public boolean readerWaiting(ShopId shop) {
        return jdbc.read(c -> Bound.one(c, "SELECT EXISTS (SELECT 1 FROM jobs WHERE shop_id = ? AND kind = 'shopify_webhooks'"
                + " AND state = 'queued')", row -> row.getBoolean(1), shop.value()).orElseThrow());
    }

    @Override
    public Claim claim(ShopId shop, JobId job, int limit, Instant now, Duration hold) {
        return jdbc.write(c -> {
            // Two jobs of one shop claiming at once take turns (not on the shop's row, which a long merge may hold).
            Bound.list(c, "SELECT pg_advisory_xact_lock(hashtext('shopify_webhooks:' || ?))", row -> 1, shop.value());
            boolean heldElsewhere = Bound.one(c, """
                    SELECT EXISTS (SELECT 1 FROM shopify_webhooks WHERE shop_id = ? AND processed_at IS NULL
                                   AND claimed_by IS NOT NULL AND claimed_by <> ? AND claimed_until > ?)""",
                    row -> row.getBoolean(1), shop.value(), job.value(), now).orElseThrow();
            if (heldElsewhere) {
                return new Claim(List.of(), true);
            }
            List<WebhookDelivery> taken = Bound.list(c, """
                    UPDATE shopify_webhooks w SET claimed_by = ?, claimed_until = ?
                    FROM (SELECT webhook_id FROM shopify_webhooks WHERE shop_id = ? AND processed_at IS NULL
                          ORDER BY sequence LIMIT ?) next
                    WHERE w.shop_id = ? AND w.webhook_id = next.webhook_id
                    RETURNING w.sequence, w.webhook_id, w.topic, w.triggered_at, w.received_at, w.payload""",
                    row -> new Taken(row.getLong("sequence"), new WebhookDelivery(row.getString("webhook_id"),
                            WebhookTopic.fromHeader(row.getString("topic")).orElseThrow(), SqlValues.instant(row, "triggered_at"),
                            SqlValues.instant(row, "received_at"), row.getBytes("payload"))),
                    job.value(), now.plus(hold), shop.value(), limit, shop.value())
                    .stream().sorted((a, b) -> Long.compare(a.sequence(), b.sequence())).map(Taken::delivery).toList();
            return new Claim(taken, false);
        });
    }

    private record Taken(long sequence, WebhookDelivery delivery) {
    }

    @Override
    public void processed(ShopId shop, Collection<String> webhookIds, Instant at) {
        jdbc.write(c -> Bound.update(c, """
                UPDATE shopify_webhooks SET processed_at = ?, payload = NULL, claimed_by = NULL, claimed_until = NULL
                WHERE shop_id = ? AND webhook_id = ANY (?)""", at, shop.value(), webhookIds.toArray(String[]::new)));
    }

    @Override
    public long unprocessed(ShopId shop) {
        return jdbc.read(c -> Bound.one(c, "SELECT count(*) FROM shopify_webhooks WHERE shop_id = ? AND processed_at IS NULL",
                row -> row.getLong(1), shop.value()).orElseThrow());
    }

    @Override
    public List<ShopId> shopsWaiting(Instant receivedBefore) {
        // Across shops on purpose, as forget: the scheduler's look for deliveries whose job failed.
        return jdbc.read(c -> Bound.list(c, "SELECT DISTINCT shop_id FROM shopify_webhooks WHERE processed_at IS NULL AND received_at < ?",
                row -> ShopId.of(row.getString(1)), receivedBefore));
    }

    @Override
    public long forget(Instant receivedBefore) {
        // Across shops on purpose: the operator's housekeeping, the one query here not scoped to a shop.
        return jdbc.write(c -> (long) Bound.update(c, "DELETE FROM shopify_webhooks WHERE received_at < ? AND processed_at IS NOT NULL",
                receivedBefore));
    }
}
