package com.cartwise.application.shopify.sync;

import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobRequest;
import com.cartwise.application.shopify.SyncMode;
import java.time.Instant;
import java.util.Optional;

/**
 * A sync as its job carries it: no token (the job reads it from the connection when it runs).
 *
 * @param ordersCreatedSince orders created before it are not read
 */
public record SyncRequest(SyncMode mode, Optional<Instant> ordersCreatedSince) implements JobRequest {
    public SyncRequest {
        if (mode == null) {
            throw new IllegalArgumentException("a sync has a mode");
        }
        ordersCreatedSince = ordersCreatedSince == null ? Optional.empty() : ordersCreatedSince;
    }

    @Override
    public JobKind kind() {
        return JobKind.SHOPIFY_SYNC;
    }
}
