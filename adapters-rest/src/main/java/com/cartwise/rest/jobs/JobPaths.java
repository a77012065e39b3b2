package com.cartwise.rest.jobs;

import com.cartwise.application.jobs.JobId;
import com.cartwise.domain.shop.ShopId;

/** Where a job lives in the API. */
public final class JobPaths {
    private JobPaths() {
    }

    public static String job(ShopId shop, JobId id) {
        return "/api/v1/shops/" + shop + "/jobs/" + id;
    }
}
