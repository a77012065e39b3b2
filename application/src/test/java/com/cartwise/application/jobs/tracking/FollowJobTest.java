package com.cartwise.application.jobs.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.fakes.InMemoryJobs;
import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobCounts;
import com.cartwise.application.jobs.JobEvent;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobProgress;
import com.cartwise.application.jobs.JobReport;
import com.cartwise.application.jobs.JobRequest;
import com.cartwise.application.jobs.JobState;
import com.cartwise.application.jobs.start.ForwardingJobs;
import com.cartwise.application.port.JobQueue;
import com.cartwise.application.port.Jobs;
import com.cartwise.domain.shop.ShopId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A follower sees every event of a job, the last one included, however the job's end interleaves with its reads. */
class FollowJobTest {
    private static final ShopId SHOP = ShopId.of("bakery");
    private static final JobRequest TRAIN = () -> JobKind.TRAINING;
    private static final JobReport TRAINED = () -> JobKind.TRAINING;
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final InMemoryJobs stored = new InMemoryJobs();
    private Runnable afterNextEventsRead = () -> { };

    /** The store as the follower reads it, with a hook for what a worker commits right after a read of events. */
    private final Jobs jobs = new ForwardingJobs(stored) {
        @Override
        public List<JobEvent> events(ShopId shop, JobId id, long afterSequence, int limit) {
            List<JobEvent> events = super.events(shop, id, afterSequence, limit);
            Runnable then = afterNextEventsRead;
            afterNextEventsRead = () -> { };
            then.run();
            return events;
        }
    };

    @Test
    void aJobThatEndsBetweenTheFollowersReadsStillShowsItsLastEventBeforeItsEnd() {
        Job job = Job.queued(SHOP, JobId.random(), TRAIN, NOW);
        stored.enqueue(job);
        stored.claim("worker", Set.of(JobKind.TRAINING), Duration.ofMinutes(1), NOW);
        FollowJob follow = new FollowJob(jobs);
        // the worker's end (its "done" event and its state, one transaction) lands just after the follower read the events
        afterNextEventsRead = () -> stored.finish(SHOP, job.id(), "worker", new JobQueue.Ending(JobState.SUCCEEDED,
                new JobProgress("done", 100, "Trained.", JobCounts.NONE, OptionalLong.of(0), List.of()), Optional.of(TRAINED),
                Optional.empty()), NOW.plusSeconds(1));

        List<String> phases = new ArrayList<>();
        long seen = 0;
        boolean complete = false;
        for (int poll = 0; poll < 5 && !complete; poll++) {
            FollowJob.Update update = follow.execute(SHOP, job.id(), seen).orElseThrow();
            for (JobEvent e : update.events()) {
                phases.add(e.progress().phase());
                seen = e.sequence();
            }
            complete = update.complete();
        }

        assertTrue(complete);
        assertEquals("done", phases.getLast(), phases.toString());
    }

    @Test
    void anUnknownJobIsNothingToFollow() {
        assertFalse(new FollowJob(jobs).execute(SHOP, JobId.random(), 0).isPresent());
    }
}
