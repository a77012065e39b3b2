package com.cartwise.application.shopify.webhooks;

import com.cartwise.application.imports.ImportReport;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobReport;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a webhook job did: the deliveries it processed by topic, and what merging their orders,
 * products and stock changed (in the shape of an import's report). Privacy requests are told in
 * the job's closing message, without any personal data.
 */
public record WebhooksReport(Map<String, Long> deliveries, ImportReport imported) implements JobReport {
    public WebhooksReport {
        deliveries = Collections.unmodifiableMap(new LinkedHashMap<>(deliveries));
        if (imported == null) {
            throw new IllegalArgumentException("a webhooks report says what was imported, if nothing");
        }
    }

    @Override
    public JobKind kind() {
        return JobKind.SHOPIFY_WEBHOOKS;
    }
}
