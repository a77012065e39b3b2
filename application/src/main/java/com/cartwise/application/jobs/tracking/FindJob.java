package com.cartwise.application.jobs.tracking;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.port.Jobs;
import com.cartwise.domain.shop.ShopId;
import java.util.Optional;

/** The merchant looks at one job: where it is, or how it ended. */
public final class FindJob {
    private final Jobs jobs;

    public FindJob(Jobs jobs) {
        this.jobs = jobs;
    }

    public Optional<Job> execute(ShopId shop, JobId id) {
        return jobs.find(shop, id);
    }
}
