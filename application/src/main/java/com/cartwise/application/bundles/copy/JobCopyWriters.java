package com.cartwise.application.bundles.copy;

import com.cartwise.application.port.CopyBudget;
import com.cartwise.application.port.CopyCache;
import com.cartwise.application.port.CopyWriter;
import com.cartwise.application.port.CopyWriters;
import com.cartwise.domain.shop.ShopId;
import java.util.Objects;

/**
 * The copy writer of one generation job: the AI writer with the job's budget, behind the shop's
 * copy cache. A job opens it once, at the start of its copy phase, and asks it for each bundle's
 * copy; where it answers {@link CopyWriter.CopyUnavailableException} the job writes that bundle's
 * copy with the template.
 */
public final class JobCopyWriters {
    private final CopyWriters writers;
    private final CopyCache cache;
    private final CopyBudget defaultBudget;

    /** @param defaultBudget what a job may spend unless it says otherwise (configuration) */
    public JobCopyWriters(CopyWriters writers, CopyCache cache, CopyBudget defaultBudget) {
        this.writers = Objects.requireNonNull(writers, "writers");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.defaultBudget = Objects.requireNonNull(defaultBudget, "defaultBudget");
    }

    /** The writer of a job of this shop, with the configured budget. */
    public CopyWriter forJob(ShopId shop) {
        return forJob(shop, defaultBudget);
    }

    /** The writer of a job of this shop that may spend at most {@code budget}. */
    public CopyWriter forJob(ShopId shop, CopyBudget budget) {
        return new CachedCopyWriter(shop, cache, writers.forJob(budget));
    }

    public CopyBudget defaultBudget() {
        return defaultBudget;
    }
}
