package com.cartwise.application.fakes;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobCursor;
import com.cartwise.application.jobs.JobEvent;
import com.cartwise.application.jobs.JobFailure;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobProgress;
import com.cartwise.application.jobs.JobState;
import com.cartwise.application.port.JobQueue;
import com.cartwise.application.port.Jobs;
import com.cartwise.domain.imports.Refusal;
import com.cartwise.domain.shop.ShopId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * {@link Jobs} and {@link JobQueue} in memory, one lock for everything, as PostgreSQL's row locks
 * and unique index make them atomic: one writer per shop, claims that never overlap, leases that
 * every write checks, percent that never goes back.
 */
public final class InMemoryJobs implements Jobs, JobQueue {
    private final Map<JobId, Stored> jobs = new LinkedHashMap<>();
    private final Map<JobId, List<Refusal>> refusals = new HashMap<>();
    private final Set<JobId> parked = new java.util.HashSet<>();

    @Override
    public synchronized Enqueued enqueue(Job job) {
        if (job.kind().writesShopData()) {
            Optional<Job> busy = activeWriter(job.shop());
            if (busy.isPresent()) {
                return new Enqueued.ShopBusy(busy.get());
            }
        }
        Stored stored = new Stored(job);
        stored.event(job.createdAt());
        jobs.put(job.id(), stored);
        return new Enqueued.Accepted(job);
    }

    @Override
    public synchronized Optional<Job> find(ShopId shop, JobId id) {
        return stored(shop, id).map(s -> s.job);
    }

    @Override
    public synchronized Optional<Job> activeWriter(ShopId shop) {
        return jobs.values().stream().map(s -> s.job)
                .filter(j -> j.shop().equals(shop) && j.kind().writesShopData() && !j.state().finished()).findFirst();
    }

    @Override
    public synchronized List<Job> list(ShopId shop, int limit, Optional<JobCursor> cursor) {
        Comparator<Job> newestFirst = Comparator.comparing(Job::createdAt).thenComparing(j -> j.id().value()).reversed();
        return jobs.values().stream().map(s -> s.job).filter(j -> j.shop().equals(shop))
                .filter(j -> cursor.isEmpty() || newestFirst.compare(j, fake(cursor.get())) > 0)
                .sorted(newestFirst).limit(limit).toList();
    }

    private static Job fake(JobCursor cursor) {
        return new Job(ShopId.of("cursor"), cursor.id(), JobKind.IMPORT, JobState.QUEUED, JobProgress.queued(), cursor.createdAt(),
                Optional.empty(), Optional.empty(), () -> JobKind.IMPORT, Optional.empty(), Optional.empty(), false, 0,
                Optional.empty());
    }

    @Override
    public synchronized Optional<Job> requestCancel(ShopId shop, JobId id, Instant now) {
        Optional<Stored> found = stored(shop, id);
        found.filter(s -> !s.job.state().finished() && !s.committing).ifPresent(s -> {
            boolean queued = s.job.state() == JobState.QUEUED;
            JobProgress progress = queued ? withMessage(s.job.progress(), "Cancelled before it started") : s.job.progress();
            s.job = copy(s.job, queued ? JobState.CANCELLED : s.job.state(), progress, queued ? Optional.of(now) : s.job.finishedAt(),
                    s.job.report(), s.job.failure(), true, s.job.attempts());
            if (queued) {
                s.event(now);
            }
        });
        return found.map(s -> s.job);
    }

    @Override
    public synchronized List<JobEvent> events(ShopId shop, JobId id, long afterSequence, int limit) {
        return stored(shop, id).map(s -> s.events.stream().filter(e -> e.sequence() > afterSequence).limit(limit).toList())
                .orElse(List.of());
    }

    @Override
    public synchronized List<Refusal> refusals(ShopId shop, JobId id, long afterOrdinal, int limit) {
        return refusals.getOrDefault(id, List.of()).stream().filter(r -> r.ordinal() > afterOrdinal).limit(limit).toList();
    }

    /** Where the in-memory stage leaves a merged import's refused rows, as PostgreSQL's merge writes import_refusals. */
    synchronized void keepRefusals(ShopId shop, JobId id, List<Refusal> report) {
        refusals.put(id, List.copyOf(report));
    }

    /**
     * Queues a job that no worker of this process claims, as if only another instance ran its kind:
     * how a test holds a shop's write slot, or keeps a job queued, while its own worker runs.
     */
    public synchronized Job park(Job job) {
        Enqueued enqueued = enqueue(job);
        if (!(enqueued instanceof Enqueued.Accepted accepted)) {
            throw new IllegalStateException("the shop's write slot is taken: " + enqueued);
        }
        parked.add(job.id());
        return accepted.job();
    }

    @Override
    public synchronized Optional<Job> claim(String owner, Set<JobKind> kinds, Duration lease, Instant now) {
        Optional<Stored> next = jobs.values().stream().filter(s -> s.job.state() == JobState.QUEUED && kinds.contains(s.job.kind()))
                .filter(s -> !parked.contains(s.job.id()))
                .min(Comparator.comparing(s -> s.job.createdAt()));
        next.ifPresent(s -> {
            s.owner = owner;
            s.leaseExpires = now.plus(lease);
            s.committing = false;
            s.job = copy(s.job, JobState.RUNNING, withPhase(s.job.progress(), "starting", s.job.attempts() == 0 ? "Started"
                    : "Resumed by another worker"), s.job.finishedAt(), s.job.report(), s.job.failure(), s.job.cancelRequested(),
                    s.job.attempts() + 1);
            if (s.job.startedAt().isEmpty()) {
                s.job = withStart(s.job, now);
            }
            s.event(now);
        });
        return next.map(s -> s.job);
    }

    @Override
    public synchronized Lease renew(ShopId shop, JobId id, String owner, Duration lease, Instant now) {
        Optional<Stored> held = held(shop, id, owner);
        held.ifPresent(s -> s.leaseExpires = now.plus(lease));
        return held.map(s -> new Lease(true, s.job.cancelRequested())).orElse(new Lease(false, false));
    }

    @Override
    public synchronized boolean report(ShopId shop, JobId id, String owner, JobProgress progress, Instant now) {
        Optional<Stored> held = held(shop, id, owner);
        held.ifPresent(s -> {
            s.job = copy(s.job, JobState.RUNNING, monotonic(s.job.progress(), progress), s.job.finishedAt(), s.job.report(),
                    s.job.failure(), s.job.cancelRequested(), s.job.attempts());
            s.event(now);
        });
        return held.isPresent();
    }

    @Override
    public synchronized boolean checkpoint(ShopId shop, JobId id, String owner, String checkpoint) {
        Optional<Stored> held = held(shop, id, owner);
        held.ifPresent(s -> s.job = new Job(s.job.shop(), s.job.id(), s.job.kind(), s.job.state(), s.job.progress(),
                s.job.createdAt(), s.job.startedAt(), s.job.finishedAt(), s.job.request(), s.job.report(), s.job.failure(),
                s.job.cancelRequested(), s.job.attempts(), Optional.of(checkpoint)));
        return held.isPresent();
    }

    @Override
    public synchronized CommitPoint passCommitPoint(ShopId shop, JobId id, String owner) {
        Optional<Stored> held = held(shop, id, owner);
        if (held.isEmpty()) {
            return CommitPoint.NOT_HELD;
        }
        if (held.get().job.cancelRequested()) {
            return CommitPoint.CANCEL_REQUESTED;
        }
        held.get().committing = true;
        return CommitPoint.PASSED;
    }

    @Override
    public synchronized boolean finish(ShopId shop, JobId id, String owner, Ending ending, Instant now) {
        Optional<Stored> held = held(shop, id, owner);
        held.ifPresent(s -> {
            s.owner = null;
            s.leaseExpires = null;
            s.job = copy(s.job, ending.state(), monotonic(s.job.progress(), ending.progress()), Optional.of(now),
                    ending.report().or(s.job::report), ending.failure().or(s.job::failure), s.job.cancelRequested(), s.job.attempts());
            s.event(now);
        });
        return held.isPresent();
    }

    @Override
    public synchronized List<Job> reapExpired(Set<JobKind> resumable, Instant now) {
        List<Job> changed = new ArrayList<>();
        for (Stored s : jobs.values()) {
            if (s.job.state() == JobState.RUNNING && s.leaseExpires != null && s.leaseExpires.isBefore(now)) {
                s.owner = null;
                s.leaseExpires = null;
                if (resumable.contains(s.job.kind())) {
                    s.job = copy(s.job, JobState.QUEUED, withMessage(s.job.progress(),
                            "Its worker stopped; waiting to resume from its last checkpoint"), Optional.empty(), s.job.report(),
                            s.job.failure(), s.job.cancelRequested(), s.job.attempts());
                } else {
                    JobFailure lost = JobFailure.of(JobFailure.WORKER_LOST, "The instance running this job stopped (crashed, or was"
                            + " killed) before it finished; nothing of it was kept. Start it again.");
                    s.job = copy(s.job, JobState.FAILED, withMessage(s.job.progress(), lost.detail()), Optional.of(now),
                            s.job.report(), Optional.of(lost), s.job.cancelRequested(), s.job.attempts());
                }
                s.event(now);
                changed.add(s.job);
            }
        }
        return changed;
    }

    private Optional<Stored> stored(ShopId shop, JobId id) {
        return Optional.ofNullable(jobs.get(id)).filter(s -> s.job.shop().equals(shop));
    }

    private Optional<Stored> held(ShopId shop, JobId id, String owner) {
        return stored(shop, id).filter(s -> s.job.state() == JobState.RUNNING && owner.equals(s.owner));
    }

    private static JobProgress monotonic(JobProgress old, JobProgress next) {
        return new JobProgress(next.phase(), Math.max(old.percent(), next.percent()), next.message(), next.counts(), next.etaSeconds(),
                next.tallies());
    }

    private static JobProgress withMessage(JobProgress p, String message) {
        return new JobProgress(p.phase(), p.percent(), message, p.counts(), OptionalLong.empty(), p.tallies());
    }

    private static JobProgress withPhase(JobProgress p, String phase, String message) {
        return new JobProgress(phase, p.percent(), message, p.counts(), p.etaSeconds(), p.tallies());
    }

    private static Job copy(Job j, JobState state, JobProgress progress, Optional<Instant> finishedAt,
                            Optional<com.cartwise.application.jobs.JobReport> report, Optional<JobFailure> failure,
                            boolean cancelRequested, int attempts) {
        return new Job(j.shop(), j.id(), j.kind(), state, progress, j.createdAt(), j.startedAt(), finishedAt, j.request(), report,
                failure, cancelRequested, attempts, j.checkpoint());
    }

    private static Job withStart(Job j, Instant now) {
        return new Job(j.shop(), j.id(), j.kind(), j.state(), j.progress(), j.createdAt(), Optional.of(now), j.finishedAt(),
                j.request(), j.report(), j.failure(), j.cancelRequested(), j.attempts(), j.checkpoint());
    }

    /** A job and what only storage knows of it: its lease and its events. */
    private static final class Stored {
        Job job;
        String owner;
        Instant leaseExpires;
        boolean committing;
        final List<JobEvent> events = new ArrayList<>();

        Stored(Job job) {
            this.job = job;
        }

        void event(Instant at) {
            events.add(new JobEvent(events.size() + 1, at, job.state(), job.progress()));
        }
    }
}
