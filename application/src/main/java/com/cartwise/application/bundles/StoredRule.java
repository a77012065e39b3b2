package com.cartwise.application.bundles;

import com.cartwise.application.jobs.JobId;
import com.cartwise.domain.bundles.candidates.VariantRule;

/** An association rule of a shop's latest generation, with its place in that run's output (a stable tie-break). */
public record StoredRule(JobId run, int ordinal, VariantRule rule) {
    public StoredRule {
        if (run == null || rule == null || ordinal < 0) {
            throw new IllegalArgumentException("a stored rule has its run, a non-negative ordinal and the rule");
        }
    }
}
