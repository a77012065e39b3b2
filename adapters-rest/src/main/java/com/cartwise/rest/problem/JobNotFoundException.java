package com.cartwise.rest.problem;

import com.cartwise.application.jobs.JobId;
import com.cartwise.domain.shop.ShopId;

/** No such job in this shop: thrown where the answer is a stream, mapped to 404 problem+json. */
public final class JobNotFoundException extends RuntimeException {
    private final transient ShopId shop;
    private final transient JobId job;

    public JobNotFoundException(ShopId shop, JobId job) {
        super("no job " + job + " in shop " + shop, null, false, false);
        this.shop = shop;
        this.job = job;
    }

    public ShopId shop() {
        return shop;
    }

    public JobId job() {
        return job;
    }
}
