package com.cartwise.persistence.jobs;

import static com.cartwise.persistence.testing.Fixtures.newShop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.bundles.generation.BundleGenerationReport;
import com.cartwise.application.bundles.generation.BundleGenerationRequest;
import com.cartwise.application.bundles.generation.GenerationThresholds;
import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobCounts;
import com.cartwise.application.jobs.JobEvent;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobProgress;
import com.cartwise.application.jobs.JobState;
import com.cartwise.application.jobs.JobTally;
import com.cartwise.application.port.JobQueue;
import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.testing.Ports;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A bundle generation as a stored job, in the in-memory fakes and PostgreSQL alike: its request
 * (targets, thresholds, as-of), its progress with tallies, its checkpoint and its report come back
 * as they went in, and it is queued again to resume when its worker is lost.
 */
abstract class GenerationRunsContract {
    static final Instant NOW = Instant.parse("2024-04-01T08:00:00.123456Z");
    static final BundleGenerationRequest REQUEST = new BundleGenerationRequest(Set.of(Objective.CLEAR_SLOW_MOVERS, Objective.GIFT_BOX),
            Set.of(BundleType.BOGO), new GenerationThresholds(0.005, 0.3, 2, 4, true), false, NOW);

    protected abstract Ports ports();

    @Test
    void aGenerationKeepsItsRequestProgressTalliesCheckpointAndReport() {
        ShopId shop = newShop(ports().shops(), "EUR");
        JobId id = JobId.random();
        ports().jobs().enqueue(Job.queued(shop, id, REQUEST, NOW));
        Job claimed = ports().jobQueue().claim("worker-1", Set.of(JobKind.BUNDLE_GENERATION), Duration.ofSeconds(30), NOW).orElseThrow();
        List<JobTally> tallies = List.of(new JobTally("orders", 100_000), new JobTally("rules", 312), new JobTally("published", 5));
        JobProgress progress = new JobProgress("publishing", 71.5, "Published wave 2 of 6", JobCounts.NONE, OptionalLong.of(3), tallies);

        ports().jobQueue().report(shop, id, "worker-1", progress, NOW.plusSeconds(1));
        ports().jobQueue().checkpoint(shop, id, "worker-1", "bundle-generation-v1;quick_start=done;waves=2");
        BundleGenerationReport report = new BundleGenerationReport(100_000, 5_000, 10, 312, 2_400, 800, 800, 6, 0, 800, 7, 2);
        ports().jobQueue().finish(shop, id, "worker-1", new JobQueue.Ending(JobState.SUCCEEDED, new JobProgress("done", 100,
                "Published 800 bundles", JobCounts.NONE, OptionalLong.of(0), tallies), Optional.of(report), Optional.empty()), NOW.plusSeconds(2));

        Job stored = ports().jobs().find(shop, id).orElseThrow();
        assertEquals(id, claimed.id());
        assertEquals(REQUEST, stored.request());
        assertEquals(Optional.of(report), stored.report());
        assertEquals(Optional.of("bundle-generation-v1;quick_start=done;waves=2"), stored.checkpoint());
        assertEquals(tallies, stored.progress().tallies());
        List<JobEvent> events = ports().jobs().events(shop, id, 0, 100);
        JobEvent published = events.stream().filter(e -> e.progress().phase().equals("publishing")).findFirst().orElseThrow();
        assertEquals(progress, published.progress());
    }

    @Test
    void aGenerationWhoseWorkerIsLostIsQueuedAgainWithItsCheckpoint() {
        ShopId shop = newShop(ports().shops(), "EUR");
        JobId id = JobId.random();
        ports().jobs().enqueue(Job.queued(shop, id, REQUEST, NOW));
        ports().jobQueue().claim("worker-1", Set.of(JobKind.BUNDLE_GENERATION), Duration.ofSeconds(3), NOW);
        ports().jobQueue().checkpoint(shop, id, "worker-1", "bundle-generation-v1;waves=3");

        List<Job> reaped = ports().jobQueue().reapExpired(Set.of(JobKind.BUNDLE_GENERATION), NOW.plusSeconds(10));

        assertTrue(reaped.stream().anyMatch(j -> j.id().equals(id) && j.state() == JobState.QUEUED), reaped.toString());
        Job again = ports().jobQueue().claim("worker-2", Set.of(JobKind.BUNDLE_GENERATION), Duration.ofSeconds(30), NOW.plusSeconds(11))
                .orElseThrow();
        assertEquals(id, again.id());
        assertEquals(2, again.attempts());
        assertEquals(Optional.of("bundle-generation-v1;waves=3"), again.checkpoint());
    }
}
