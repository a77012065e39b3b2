package com.cartwise.application.imports;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.port.Jobs;
import com.cartwise.domain.imports.Refusal;
import com.cartwise.domain.shop.ShopId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The merchant downloads the rows a lenient import refused, each with its place and reason. */
public final class ReadRefusals {
    static final int PAGE = 5000;

    private final Jobs jobs;

    public ReadRefusals(Jobs jobs) {
        this.jobs = jobs;
    }

    /** The job, if the shop has it; its refusals are then passed to {@code each}, in order, a page at a time. */
    public Optional<Job> execute(ShopId shop, JobId id, Consumer<Refusal> each) {
        Optional<Job> job = jobs.find(shop, id);
        if (job.isEmpty()) {
            return job;
        }
        long after = 0;
        for (List<Refusal> page = jobs.refusals(shop, id, after, PAGE); !page.isEmpty(); page = jobs.refusals(shop, id, after, PAGE)) {
            page.forEach(each);
            after = page.getLast().ordinal();
        }
        return job;
    }
}
