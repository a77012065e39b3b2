package com.cartwise.application.shopify.connect;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.port.Jobs;
import com.cartwise.application.port.ShopifyConnections;
import com.cartwise.application.port.ShopifySyncLog;
import com.cartwise.application.port.WebhookInbox;
import com.cartwise.application.shopify.SyncMode;
import com.cartwise.application.shopify.SyncRecord;
import com.cartwise.application.shopify.sync.StartShopifySync;
import com.cartwise.application.shopify.webhooks.WebhooksRequest;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scheduler's round: every connected shop whose last sync ended at least an interval ago gets
 * an incremental sync, for whatever webhooks missed; deliveries whose job failed (Shopify was
 * down when a location had to be looked up) get a new job; and deliveries older than any retry
 * Shopify makes are forgotten. A shop busy with another job waits for the next round. Replicas may
 * all run rounds: the shop's single write slot lets one sync through.
 */
public final class SyncDueShops {
    /** A delivery this long unprocessed has lost its job (a webhook job takes seconds, and holds a batch five minutes). */
    static final Duration STUCK = Duration.ofMinutes(10);

    private final ShopifyConnections connections;
    private final ShopifySyncLog log;
    private final WebhookInbox inbox;
    private final StartShopifySync startSync;
    private final Jobs jobs;
    private final Duration interval;
    private final Duration keepDeliveries;
    private final Clock clock;

    public SyncDueShops(ShopifyConnections connections, ShopifySyncLog log, WebhookInbox inbox, StartShopifySync startSync, Jobs jobs,
                        Duration interval, Duration keepDeliveries, Clock clock) {
        this.connections = connections;
        this.log = log;
        this.inbox = inbox;
        this.startSync = startSync;
        this.jobs = jobs;
        this.interval = interval;
        this.keepDeliveries = keepDeliveries;
        this.clock = clock;
    }

    /** Answers the sync jobs it started. */
    public List<Job> execute() {
        Instant now = clock.instant();
        inbox.forget(now.minus(keepDeliveries));
        List<Job> started = new ArrayList<>();
        for (ShopId shop : inbox.shopsWaiting(now.minus(STUCK))) {
            if (!inbox.readerWaiting(shop) && jobs.enqueue(Job.queued(shop, JobId.random(), new WebhooksRequest(), now))
                    instanceof Jobs.Enqueued.Accepted accepted) {
                started.add(accepted.job());
            }
        }
        if (interval.isZero()) {
            return started;
        }
        for (ShopId shop : connections.connectedShops()) {
            Optional<SyncRecord> last = log.lastSync(shop);
            if (last.isPresent() && last.get().finishedAt().plus(interval).isAfter(now)) {
                continue;
            }
            if (startSync.execute(new StartShopifySync.Command(shop, SyncMode.INCREMENTAL, Optional.empty()))
                    instanceof StartShopifySync.Result.Started s) {
                started.add(s.job());
            }
        }
        return started;
    }
}
