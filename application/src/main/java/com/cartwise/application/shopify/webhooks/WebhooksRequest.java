package com.cartwise.application.shopify.webhooks;

import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobRequest;

/** A job that processes whatever the shop's webhook inbox holds when it runs: it carries nothing. */
public record WebhooksRequest() implements JobRequest {
    @Override
    public JobKind kind() {
        return JobKind.SHOPIFY_WEBHOOKS;
    }
}
