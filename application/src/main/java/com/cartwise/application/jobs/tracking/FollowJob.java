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
        // Events first, then the job: a job read as finished after its events were read has no later event.
        List<JobEvent> events = jobs.events(shop, id, afterSequence, BATCH);
        return jobs.find(shop, id).map(job -> new Update(job, events, events.size() == BATCH));
    }

    /** @param more true when more events are waiting beyond this batch */
    public record Update(Job job, List<JobEvent> events, boolean more) {
        /** True when the follower has seen everything: the job has ended and no event is left. */
        public boolean complete() {
            return job.state().finished() && !more;
        }
    }
}
