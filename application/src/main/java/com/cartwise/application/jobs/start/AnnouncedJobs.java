package com.cartwise.application.jobs.start;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.jobs.JobSignals;
import com.cartwise.application.port.Jobs;
import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.Optional;

/**
 * The shop's jobs as stored, with each job queued through them announced to this instance's idle
 * workers ({@link JobSignals#queued()}), and each queued job cancelled through them announced as
 * ended ({@link JobSignals#ended()}; a worker announces the ends of the jobs it ran). Every way a
 * job is started (a merchant's request, a Shopify sync, a webhook) goes through
 * {@link Jobs#enqueue}, so this is the one place that tells.
 */
public final class AnnouncedJobs extends ForwardingJobs {
    private final JobSignals signals;

    public AnnouncedJobs(Jobs stored, JobSignals signals) {
        super(stored);
        this.signals = signals;
    }

    @Override
    public Enqueued enqueue(Job job) {
        Enqueued enqueued = super.enqueue(job);
        if (enqueued instanceof Enqueued.Accepted) {
            signals.queued().ring();
        }
        return enqueued;
    }

    @Override
    public Optional<Job> requestCancel(ShopId shop, JobId id, Instant now) {
        Optional<Job> asNow = super.requestCancel(shop, id, now);
        if (asNow.isPresent() && asNow.get().state().finished()) {
            signals.ended().ring();
        }
        return asNow;
    }
}
