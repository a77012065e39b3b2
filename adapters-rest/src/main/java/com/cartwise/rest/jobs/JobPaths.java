package com.cartwise.rest.jobs;

import com.cartwise.application.jobs.JobId;
import com.cartwise.domain.shop.ShopId;

/** Where a job, and what it made, live in the API. */
public final class JobPaths {
    private JobPaths() {
    }

    public static String job(ShopId shop, JobId id) {
        return "/api/v1/shops/" + shop + "/jobs/" + id;
    }

    /** A model a training made, with its whole evaluation. */
    public static String model(ShopId shop, long version) {
        return "/api/v1/shops/" + shop + "/models/" + version;
    }
}
