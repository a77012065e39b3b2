package com.cartwise.application.bundles;

import com.cartwise.application.bundles.generation.ThresholdChoices;
import com.cartwise.application.bundles.generation.RunBundleGeneration;
import com.cartwise.application.bundles.generation.StartBundleGeneration;
import com.cartwise.application.jobs.start.StartJob;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobEvent;
import com.cartwise.application.jobs.worker.JobWorker;
import com.cartwise.application.jobs.worker.WorkerSettings;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** Starts generations and runs them to their end on this thread, as a worker would. */
public final class Generations {
    private static final WorkerSettings SETTINGS = new WorkerSettings("test-worker", Duration.ofSeconds(30), Duration.ofSeconds(5),
            Duration.ZERO);

    private Generations() {
    }

    /** Starts a generation of every objective and type with AI copy as asked. */
    public static Job start(InMemoryCartwise cartwise, ShopId shop, boolean aiCopy) {
        StartJob.Result result = cartwise.startBundleGeneration.execute(new StartBundleGeneration.Command(shop, Set.of(),
                Set.of(), ThresholdChoices.NONE, aiCopy));
        if (!(result instanceof StartJob.Result.Started started)) {
            throw new AssertionError("not started: " + result);
        }
        return started.job();
    }

    /** Runs the queued job with this handler and answers it as it ended. */
    public static Job run(InMemoryCartwise cartwise, RunBundleGeneration handler, Job job) {
        ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();
        try {
            JobWorker worker = new JobWorker(cartwise.jobs, List.of(handler), SETTINGS, heartbeats, Clock.systemUTC());
            if (!worker.runNext()) {
                throw new AssertionError("no job was waiting");
            }
        } finally {
            heartbeats.shutdownNow();
        }
        return cartwise.jobs.find(job.shop(), job.id()).orElseThrow();
    }

    /** Starts and runs a generation with the deployment's defaults (no AI writer). */
    public static Job generate(InMemoryCartwise cartwise, ShopId shop) {
        return run(cartwise, cartwise.runBundleGeneration(), start(cartwise, shop, true));
    }

    public static List<JobEvent> events(InMemoryCartwise cartwise, Job job) {
        return cartwise.jobs.events(job.shop(), job.id(), 0, Integer.MAX_VALUE);
    }

    public static List<BundleRecommendation> all(InMemoryCartwise cartwise, ShopId shop) {
        return cartwise.recommendations.list(RecommendationQuery.all(shop, RecommendationQuery.MAX_LIMIT));
    }
}
