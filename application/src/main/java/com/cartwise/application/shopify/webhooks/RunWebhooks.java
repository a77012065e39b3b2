package com.cartwise.application.shopify.webhooks;

import com.cartwise.application.imports.ModelRefresh;
import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobContext;
import com.cartwise.application.jobs.JobFailure;
import com.cartwise.application.jobs.JobHandler;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobOutcome;
import com.cartwise.application.jobs.JobStopped;
import com.cartwise.application.port.CatalogRemovals;
import com.cartwise.application.port.ImportStaging;
import com.cartwise.application.port.PersonalData;
import com.cartwise.application.port.ShopifyAdmin;
import com.cartwise.application.port.ShopifyConnections;
import com.cartwise.application.port.ShopifySyncLog;
import com.cartwise.application.port.WebhookInbox;
import com.cartwise.application.port.WebhookPayloads;
import com.cartwise.application.recommend.ServingModels;
import com.cartwise.application.shopify.ConnectionError;
import com.cartwise.application.shopify.ShopifyAccess;
import com.cartwise.application.shopify.ShopifyFailure;
import com.cartwise.application.shopify.WebhookDelivery;
import com.cartwise.application.shopify.access.ShopifyKeys;
import com.cartwise.domain.imports.MergeSummary;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a webhook job: takes the shop's waiting deliveries in the order they came, a batch at a
 * time, merges what they carry (one lenient import per batch), carries out what they ask, and
 * marks them processed, which erases their payloads. New orders land in the order history at once;
 * the served model counts them at its next training.
 */
public final class RunWebhooks implements JobHandler {
    static final int BATCH = 500;
    /** How long a batch is held for this job; a job that dies lets another take it after this. */
    static final Duration HOLD = Duration.ofMinutes(5);
    /** How long to wait before looking again when another job of the shop holds deliveries. */
    static final long WAIT_MILLIS = 200;

    private final WebhookInbox inbox;
    private final WebhookPayloads payloads;
    private final ShopifyKeys keys;
    private final ShopifyAdmin admin;
    private final ImportStaging staging;
    private final ShopifySyncLog log;
    private final ServingModels servingModels;
    private final AfterMerge afterMerge;
    private final ModelRefresh modelRefresh;
    private final Clock clock;

    public RunWebhooks(WebhookInbox inbox, WebhookPayloads payloads, ShopifyKeys keys, ShopifyAdmin admin, ImportStaging staging,
                       ShopifySyncLog log, ServingModels servingModels, CatalogRemovals removals, PersonalData personal,
                       ShopifyConnections connections, ModelRefresh modelRefresh, Clock clock) {
        this.inbox = inbox;
        this.payloads = payloads;
        this.keys = keys;
        this.admin = admin;
        this.staging = staging;
        this.log = log;
        this.servingModels = servingModels;
        this.afterMerge = new AfterMerge(removals, personal, connections, admin, log, servingModels, clock);
        this.modelRefresh = modelRefresh;
        this.clock = clock;
    }

    @Override
    public JobKind kind() {
        return JobKind.SHOPIFY_WEBHOOKS;
    }

    @Override
    public JobOutcome run(Job job, JobContext context) {
        ShopId shop = job.shop();
        WebhookTally tally = new WebhookTally();
        long waiting = Math.max(1, inbox.unprocessed(shop));
        context.progress("processing", 0, String.format(Locale.ROOT, "Processing %,d webhook deliveries", waiting), tally.jobCounts());
        while (true) {
            context.checkCancelled();
            WebhookInbox.Claim claim = inbox.claim(shop, job.id(), BATCH, clock.instant(), HOLD);
            if (claim.heldElsewhere()) {
                pause();
                continue;
            }
            if (claim.deliveries().isEmpty()) {
                break;
            }
            try {
                process(job, claim.deliveries(), tally);
            } catch (ShopifyFailure e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw JobStopped.byLostLease();
                }
                // The batch stays unprocessed: the scheduler's next round queues a job that takes it again.
                log.error(shop, new ConnectionError(clock.instant(), "webhooks", e.getMessage()));
                return new JobOutcome.Failed(JobFailure.of(e.kind().code(), e.getMessage()), tally.jobCounts());
            }
            inbox.processed(shop, claim.deliveries().stream().map(WebhookDelivery::webhookId).toList(), clock.instant());
            context.progress("processing", Math.min(99, 100.0 * tally.processed() / waiting), String.format(Locale.ROOT,
                    "Processed %,d webhook deliveries", tally.processed()), tally.jobCounts());
        }
        return new JobOutcome.Succeeded(tally.report(), tally.message(), tally.jobCounts());
    }

    private void process(Job job, List<WebhookDelivery> deliveries, WebhookTally tally) {
        ShopId shop = job.shop();
        Optional<ShopifyAccess> access = keys.access(shop);
        WebhookBatch batch = WebhookBatch.read(deliveries, payloads, access.isPresent(), tally);
        Map<Long, Optional<String>> locations = new HashMap<>();
        Optional<MergeSummary> merged = batch.merge(staging, shop, job.id(),
                id -> locations.computeIfAbsent(id, unknown -> locationName(shop, access, unknown)), tally);
        merged.ifPresent(summary -> {
            tally.merged(summary);
            tally.model(modelRefresh.after(shop, summary));
        });
        batch.afterMerge().forEach(event -> afterMerge.apply(shop, event, keys.access(shop), tally));
    }

    /** A revoked token leaves the level out (and says so); Shopify being down fails the job, and the batch is retried. */
    private Optional<String> locationName(ShopId shop, Optional<ShopifyAccess> access, long locationId) {
        if (access.isEmpty()) {
            return Optional.empty();
        }
        try {
            return admin.locationName(access.get(), locationId);
        } catch (ShopifyFailure e) {
            if (e.kind() == ShopifyFailure.Kind.UNAVAILABLE) {
                throw e;
            }
            log.error(shop, new ConnectionError(clock.instant(), "webhooks", e.getMessage()));
            return Optional.empty();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw JobStopped.byLostLease();
        }
    }
}
