package com.cartwise.application.recommend.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.SkiShop;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobContext;
import com.cartwise.application.jobs.JobCounts;
import com.cartwise.application.jobs.JobFailure;
import com.cartwise.application.jobs.JobState;
import com.cartwise.application.jobs.JobStopped;
import com.cartwise.application.jobs.JobTally;
import com.cartwise.application.jobs.start.StartJob;
import com.cartwise.application.jobs.worker.JobWorker;
import com.cartwise.application.jobs.worker.WorkerSettings;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A full training runs as a job: queued, reported by phase, ended with the model it made. */
class RunTrainingTest {
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        heartbeats.shutdownNow();
    }

    private JobWorker worker(InMemoryCartwise cartwise) {
        return new JobWorker(cartwise.jobs, List.of(cartwise.runTraining),
                new WorkerSettings("trainer", Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ZERO), heartbeats, cartwise.clock);
    }

    private static Job started(StartJob.Result result) {
        return assertInstanceOf(StartJob.Result.Started.class, result).job();
    }

    @Test
    void aTrainingJobServesTheModelItReports() {
        InMemoryCartwise cartwise = SkiShop.imported();
        Job job = started(cartwise.startTraining.execute(SkiShop.ID, new TrainingRequest(Optional.of("lift"))));

        worker(cartwise).runNext();

        Job ended = cartwise.jobs.find(SkiShop.ID, job.id()).orElseThrow();
        assertEquals(JobState.SUCCEEDED, ended.state());
        TrainingReport report = (TrainingReport) ended.report().orElseThrow();
        assertEquals(1, report.modelVersion());
        assertEquals("lift", report.metric());
        assertEquals(cartwise.modelStore.latest(SkiShop.ID).orElseThrow().version(), report.modelVersion());
        assertEquals(List.of("queued", "starting", "reading", "learning", "storing", "done"),
                cartwise.jobs.events(SkiShop.ID, job.id(), 0, 100).stream().map(e -> e.progress().phase()).distinct().toList());
    }

    @Test
    void aShopWithoutOrdersFailsAsNothingToLearnAndKeepsNoModel() {
        InMemoryCartwise cartwise = new InMemoryCartwise(SkiShop.CLOCK);
        ShopId empty = ShopId.of("empty");
        cartwise.createShop.execute(new Shop(empty, "Empty", Currency.getInstance("EUR")));
        Job job = started(cartwise.startTraining.execute(empty, new TrainingRequest(Optional.empty())));

        worker(cartwise).runNext();

        Job ended = cartwise.jobs.find(empty, job.id()).orElseThrow();
        assertEquals(JobFailure.NOTHING_TO_LEARN, ended.failure().orElseThrow().code());
        assertTrue(ended.failure().orElseThrow().detail().contains("no orders yet"), ended.failure().orElseThrow().detail());
        assertEquals(Optional.empty(), cartwise.modelStore.latest(empty));
    }

    @Test
    void anUnknownMetricIsRefusedBeforeAnythingIsQueued() {
        InMemoryCartwise cartwise = SkiShop.imported();

        Executable start = () -> cartwise.startTraining.execute(SkiShop.ID, new TrainingRequest(Optional.of("magic")));

        assertEquals("metric", assertThrows(InvalidInputException.class, start).field());
        assertEquals(Optional.empty(), cartwise.jobs.activeWriter(SkiShop.ID));
    }

    @Test
    void aCancelThatComesWhileLearningStopsTheJobBeforeTheModelIsStored() {
        InMemoryCartwise cartwise = SkiShop.imported();
        Job job = started(cartwise.startTraining.execute(SkiShop.ID, new TrainingRequest(Optional.empty())));

        assertThrows(JobStopped.class, () -> cartwise.runTraining.run(job, new CancelledWhileLearning(job)));

        assertEquals(Optional.empty(), cartwise.modelStore.latest(SkiShop.ID));
    }

    /** A job whose cancel is found at its commit point: it came after the last check before learning. */
    private record CancelledWhileLearning(Job job) implements JobContext {
        @Override
        public void progress(String phase, double percent, String message, JobCounts counts) {
        }

        @Override
        public void progress(String phase, double percent, String message, List<JobTally> tallies) {
        }

        @Override
        public void checkCancelled() {
        }

        @Override
        public void enterCommit() {
            throw JobStopped.byCancel();
        }

        @Override
        public void checkpoint(String state) {
        }
    }
}
