package com.cartwise.application.shopify.sync;

import com.cartwise.application.imports.ImportReport;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobReport;
import com.cartwise.application.shopify.SyncMode;

/**
 * What a sync did: what each source (products, stock, orders) gave and what the merge made of it,
 * in the shape of an import's report, since a sync is an import whose files are Shopify's answers.
 */
public record SyncReport(SyncMode mode, ImportReport imported) implements JobReport {
    public SyncReport {
        if (mode == null || imported == null) {
            throw new IllegalArgumentException("a sync report has a mode and what was imported");
        }
    }

    @Override
    public JobKind kind() {
        return JobKind.SHOPIFY_SYNC;
    }
}
