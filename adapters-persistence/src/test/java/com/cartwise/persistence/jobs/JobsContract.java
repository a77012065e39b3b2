package com.cartwise.persistence.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.imports.ImportRequest;
import com.cartwise.application.imports.UploadedFile;
import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobCounts;
import com.cartwise.application.jobs.JobCursor;
import com.cartwise.application.jobs.JobEvent;
import com.cartwise.application.jobs.JobFailure;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobProgress;
import com.cartwise.application.jobs.JobState;
import com.cartwise.application.port.JobQueue;
import com.cartwise.application.port.JobQueue.CommitPoint;
import com.cartwise.application.port.Jobs;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.testing.Fixtures;
import com.cartwise.persistence.testing.Ports;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every job store does, PostgreSQL's and the in-memory fake alike: one writer per shop, a
 * claim that two workers never share, leases that decide who may still write, cancels that stop
 * only what has not passed its commit point, and progress that never goes back.
 */
abstract class JobsContract {
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Set<JobKind> IMPORTS = Set.of(JobKind.IMPORT);

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final List<ShopId> shops = new ArrayList<>();

    protected abstract Ports ports();

    private Jobs jobs() {
        return ports().jobs();
    }

    private JobQueue queue() {
        return ports().jobQueue();
    }

    private ShopId newShop() {
        ShopId shop = Fixtures.newShop(ports().shops(), "EUR");
        shops.add(shop);
        return shop;
    }

    private Job enqueued(ShopId shop, Instant at) {
        Job job = Job.queued(shop, JobId.random(), new ImportRequest(List.of(new UploadedFile("u-" + JobId.random(), "orders.csv", 10)),
                false, Optional.empty()), at);
        return assertInstanceOf(Jobs.Enqueued.Accepted.class, jobs().enqueue(job)).job();
    }

    /** Claims the next job, which must be one this test queued: the database is shared by every test class. */
    private Job claim(String owner) {
        Job claimed = queue().claim(owner, IMPORTS, LEASE, now).orElseThrow(() -> new AssertionError("nothing to claim"));
        assertTrue(shops.contains(claimed.shop()), "claimed another test's job " + claimed.id());
        return claimed;
    }

    private static JobProgress progress(String phase, double percent) {
        return new JobProgress(phase, percent, phase, JobCounts.NONE, OptionalLong.empty());
    }

    private static JobQueue.Ending succeeded() {
        return new JobQueue.Ending(JobState.SUCCEEDED, progress("done", 100), Optional.empty(), Optional.empty());
    }

    /** A test never leaves a queued or running job behind for the next one's claim. */
    @AfterEach
    void endEveryJobOfThisTest() {
        for (ShopId shop : shops) {
            for (Job job : jobs().list(shop, 100, Optional.empty())) {
                jobs().requestCancel(shop, job.id(), now);
            }
        }
        queue().reapExpired(Set.of(), now.plus(Duration.ofDays(1)));
    }

    @Test
    void aShopRunsOneWriterAtATimeAndTheRefusalNamesIt() {
        ShopId shop = newShop();
        Job first = enqueued(shop, now);

        Jobs.Enqueued second = jobs().enqueue(Job.queued(shop, JobId.random(), first.request(), now));

        assertEquals(first.id(), assertInstanceOf(Jobs.Enqueued.ShopBusy.class, second).running().id());
        assertEquals(Optional.of(first.id()), jobs().activeWriter(shop).map(Job::id));
    }

    @Test
    void anotherShopIsNotHeldUpByABusyOne() {
        enqueued(newShop(), now);

        assertInstanceOf(Jobs.Enqueued.Accepted.class, jobs().enqueue(Job.queued(newShop(), JobId.random(),
                new ImportRequest(List.of(new UploadedFile("u", "orders.csv", 1)), false, Optional.empty()), now)));
    }

    @Test
    void theWriteSlotIsFreeAgainOnceTheJobEnds() {
        ShopId shop = newShop();
        enqueued(shop, now);
        Job running = claim("worker-a");
        assertTrue(queue().finish(shop, running.id(), "worker-a", succeeded(), now));

        assertInstanceOf(Jobs.Enqueued.Accepted.class, jobs().enqueue(Job.queued(shop, JobId.random(), running.request(), now)));
    }

    @Test
    void workersRacingForJobsNeverClaimTheSameOne() throws Exception {
        int jobsQueued = 12;
        for (int i = 0; i < jobsQueued; i++) {
            enqueued(newShop(), now.minusMillis(jobsQueued - i));
        }
        ConcurrentHashMap<JobId, String> claimedBy = new ConcurrentHashMap<>();
        List<String> doubleClaims = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                String owner = "worker-" + w;
                running.add(workers.submit(() -> {
                    start.await();
                    for (Optional<Job> job = queue().claim(owner, IMPORTS, LEASE, now); job.isPresent();
                            job = queue().claim(owner, IMPORTS, LEASE, now)) {
                        if (claimedBy.putIfAbsent(job.get().id(), owner) != null) {
                            synchronized (doubleClaims) {
                                doubleClaims.add(job.get().id().toString());
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> worker : running) {
                worker.get();
            }
        } finally {
            workers.shutdownNow();
        }

        assertEquals(List.of(), doubleClaims);
        assertEquals(jobsQueued, claimedBy.size());
    }

    @Test
    void theOldestQueuedJobIsClaimedFirstAndMarkedRunning() {
        Job older = enqueued(newShop(), now.minusSeconds(5));
        enqueued(newShop(), now);

        Job claimed = claim("worker-a");

        assertEquals(older.id(), claimed.id());
        assertEquals(JobState.RUNNING, claimed.state());
        assertEquals(1, claimed.attempts());
        assertEquals(Optional.of(now), claimed.startedAt());
    }

    @Test
    void onlyTheLeaseOwnerMayReportRenewOrFinish() {
        ShopId shop = newShop();
        enqueued(shop, now);
        Job job = claim("worker-a");

        assertFalse(queue().report(shop, job.id(), "worker-b", progress("reading", 10), now));
        assertFalse(queue().renew(shop, job.id(), "worker-b", LEASE, now).held());
        assertFalse(queue().finish(shop, job.id(), "worker-b", succeeded(), now));
        assertTrue(queue().renew(shop, job.id(), "worker-a", LEASE, now).held());
        assertTrue(queue().finish(shop, job.id(), "worker-a", succeeded(), now));
        assertEquals(JobState.SUCCEEDED, jobs().find(shop, job.id()).orElseThrow().state());
    }

    @Test
    void storedProgressNeverGoesBackEvenWhenAReportDoes() {
        ShopId shop = newShop();
        enqueued(shop, now);
        Job job = claim("worker-a");

        queue().report(shop, job.id(), "worker-a", progress("reading", 40), now);
        queue().report(shop, job.id(), "worker-a", progress("loading", 30), now);

        JobProgress stored = jobs().find(shop, job.id()).orElseThrow().progress();
        assertEquals("loading", stored.phase());
        assertEquals(40, stored.percent());
        List<JobEvent> events = jobs().events(shop, job.id(), 0, 100);
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).sequence() > events.get(i - 1).sequence());
            assertTrue(events.get(i).progress().percent() >= events.get(i - 1).progress().percent(), "events " + events);
        }
    }

    @Test
    void eventsResumeAfterTheLastOneSeen() {
        ShopId shop = newShop();
        enqueued(shop, now);
        Job job = claim("worker-a");
        queue().report(shop, job.id(), "worker-a", progress("reading", 10), now);
        queue().report(shop, job.id(), "worker-a", progress("reading", 20), now);
        List<JobEvent> all = jobs().events(shop, job.id(), 0, 100);

        List<JobEvent> rest = jobs().events(shop, job.id(), all.get(0).sequence(), 100);

        assertEquals(all.subList(1, all.size()), rest);
    }

    @Test
    void aQueuedJobIsCancelledAtOnce() {
        ShopId shop = newShop();
        Job job = enqueued(shop, now);

        Job answered = jobs().requestCancel(shop, job.id(), now).orElseThrow();

        assertEquals(JobState.CANCELLED, answered.state());
        assertEquals(Optional.empty(), jobs().activeWriter(shop));
    }

    @Test
    void aRunningJobLearnsOfTheCancelAtItsNextRenewal() {
        ShopId shop = newShop();
        enqueued(shop, now);
        Job job = claim("worker-a");

        Job answered = jobs().requestCancel(shop, job.id(), now).orElseThrow();

        assertEquals(JobState.RUNNING, answered.state());
        assertTrue(answered.cancelRequested());
        assertTrue(queue().renew(shop, job.id(), "worker-a", LEASE, now).cancelRequested());
    }

    @Test
    void aJobCancelledBeforeItsCommitPointDoesNotPassIt() {
        ShopId shop = newShop();
        enqueued(shop, now);
        Job job = claim("worker-a");
        jobs().requestCancel(shop, job.id(), now);

        assertEquals(CommitPoint.CANCEL_REQUESTED, queue().passCommitPoint(shop, job.id(), "worker-a"));
    }

    @Test
    void aJobPastItsCommitPointIsLeftToFinish() {
        ShopId shop = newShop();
        enqueued(shop, now);
        Job job = claim("worker-a");

        assertEquals(CommitPoint.PASSED, queue().passCommitPoint(shop, job.id(), "worker-a"));
        Job answered = jobs().requestCancel(shop, job.id(), now).orElseThrow();

        assertEquals(JobState.RUNNING, answered.state());
        assertFalse(answered.cancelRequested());
        assertFalse(queue().renew(shop, job.id(), "worker-a", LEASE, now).cancelRequested());
    }

    @Test
    void onlyTheLeaseOwnerPassesTheCommitPoint() {
        ShopId shop = newShop();
        enqueued(shop, now);
        Job job = claim("worker-a");

        assertEquals(CommitPoint.NOT_HELD, queue().passCommitPoint(shop, job.id(), "worker-b"));
    }

    @Test
    void aJobWhoseLeaseRanOutFailsAsWorkerLostWhenItCannotResume() {
        ShopId shop = newShop();
        enqueued(shop, now);
        Job job = claim("worker-a");

        List<Job> reaped = queue().reapExpired(Set.of(), now.plus(LEASE).plusSeconds(1));

        assertTrue(reaped.stream().anyMatch(j -> j.id().equals(job.id())));
        Job failed = jobs().find(shop, job.id()).orElseThrow();
        assertEquals(JobState.FAILED, failed.state());
        assertEquals(JobFailure.WORKER_LOST, failed.failure().orElseThrow().code());
        assertFalse(queue().report(shop, job.id(), "worker-a", progress("merging", 90), now));
    }

    @Test
    void aLiveLeaseIsNotReaped() {
        ShopId shop = newShop();
        enqueued(shop, now);
        Job job = claim("worker-a");

        List<Job> reaped = queue().reapExpired(Set.of(), now.plus(LEASE).minusSeconds(1));

        assertFalse(reaped.stream().anyMatch(j -> j.id().equals(job.id())));
        assertEquals(JobState.RUNNING, jobs().find(shop, job.id()).orElseThrow().state());
    }

    @Test
    void aResumableJobWhoseWorkerDiedIsTakenOverFromItsCheckpoint() {
        ShopId shop = newShop();
        enqueued(shop, now);
        Job job = claim("worker-a");
        assertTrue(queue().checkpoint(shop, job.id(), "worker-a", "ranked"));
        assertEquals(CommitPoint.PASSED, queue().passCommitPoint(shop, job.id(), "worker-a"));

        queue().reapExpired(IMPORTS, now.plus(LEASE).plusSeconds(1));
        Job resumed = claim("worker-b");

        assertEquals(job.id(), resumed.id());
        assertEquals(2, resumed.attempts());
        assertEquals(Optional.of("ranked"), resumed.checkpoint());
        assertFalse(queue().renew(shop, job.id(), "worker-a", LEASE, now).held());
        Job afterCancel = jobs().requestCancel(shop, job.id(), now).orElseThrow();
        assertTrue(afterCancel.cancelRequested(), "a new attempt starts before its own commit point");
    }

    @Test
    void aShopsJobsAreListedNewestFirstPageByPage() {
        ShopId shop = newShop();
        List<JobId> newestFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Job job = enqueued(shop, now.plusSeconds(i));
            jobs().requestCancel(shop, job.id(), now);
            newestFirst.addFirst(job.id());
        }

        List<Job> firstPage = jobs().list(shop, 2, Optional.empty());
        List<Job> secondPage = jobs().list(shop, 2, Optional.of(JobCursor.after(firstPage.getLast())));
        List<Job> lastPage = jobs().list(shop, 2, Optional.of(JobCursor.after(secondPage.getLast())));

        List<JobId> seen = new ArrayList<>();
        for (List<Job> page : List.of(firstPage, secondPage, lastPage)) {
            page.forEach(j -> seen.add(j.id()));
        }
        assertEquals(newestFirst, seen);
    }

    @Test
    void anotherShopsJobIsNotFound() {
        Job job = enqueued(newShop(), now);

        assertEquals(Optional.empty(), jobs().find(newShop(), job.id()));
        assertEquals(Optional.empty(), jobs().requestCancel(newShop(), job.id(), now));
    }
}
