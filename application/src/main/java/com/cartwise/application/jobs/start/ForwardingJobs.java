package com.cartwise.application.jobs.start;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobCursor;
import com.cartwise.application.jobs.JobEvent;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.port.Jobs;
import com.cartwise.domain.imports.Refusal;
import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Jobs that hand every call to other jobs: a decorator overrides only the calls it adds to. */
public abstract class ForwardingJobs implements Jobs {
    private final Jobs delegate;

    protected ForwardingJobs(Jobs delegate) {
        this.delegate = delegate;
    }

    @Override
    public Enqueued enqueue(Job job) {
        return delegate.enqueue(job);
    }

    @Override
    public Optional<Job> find(ShopId shop, JobId id) {
        return delegate.find(shop, id);
    }

    @Override
    public Optional<Job> activeWriter(ShopId shop) {
        return delegate.activeWriter(shop);
    }

    @Override
    public List<Job> list(ShopId shop, int limit, Optional<JobCursor> cursor) {
        return delegate.list(shop, limit, cursor);
    }

    @Override
    public Optional<Job> requestCancel(ShopId shop, JobId id, Instant now) {
        return delegate.requestCancel(shop, id, now);
    }

    @Override
    public List<JobEvent> events(ShopId shop, JobId id, long afterSequence, int limit) {
        return delegate.events(shop, id, afterSequence, limit);
    }

    @Override
    public List<Refusal> refusals(ShopId shop, JobId id, long afterOrdinal, int limit) {
        return delegate.refusals(shop, id, afterOrdinal, limit);
    }
}
