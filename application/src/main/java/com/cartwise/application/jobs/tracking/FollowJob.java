package com.cartwise.application.jobs.tracking;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobEvent;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.port.Jobs;
import com.cartwise.domain.shop.ShopId;
import java.util.List;
import java.util.Optional;

/**
 * A follower (a browser's event stream, the command line's progress bar) catches up with a job:
 * the events after the last one it saw, and the job as it is now, so it knows when to stop.
 */
public final class FollowJob {
    public static final int BATCH = 200;

    private final Jobs jobs;

    public FollowJob(Jobs jobs) {
        this.jobs = jobs;
    }

    public Optional<Update> execute(ShopId shop, JobId id, long afterSequence) {
        // The job first, then its events: a job's last event is committed with its end (or before it), so once a job
        // is read as finished every event it will ever have is there to read. In the other order an end committed
        // between the two reads looked complete without its last event ("done").
        Optional<Job> job = jobs.find(shop, id);
        if (job.isEmpty()) {
            return Optional.empty();
        }
        List<JobEvent> events = jobs.events(shop, id, afterSequence, BATCH);
        return Optional.of(new Update(job.get(), events, events.size() == BATCH));
    }

    /** @param more true when more events are waiting beyond this batch */
    public record Update(Job job, List<JobEvent> events, boolean more) {
        /** True when the follower has seen everything: the job has ended and no event is left. */
        public boolean complete() {
            return job.state().finished() && !more;
        }
    }
}
