package com.cartwise.application.bundles.generation;

import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobReport;

/**
 * What a generation did: what it read, found and published.
 *
 * @param orders            sales read (orders with at least one line of a catalogue variant)
 * @param variants          catalogue variants read
 * @param quickStartBundles bundles the quick start published first (0 when it was not a first generation)
 * @param rules             association rules mined
 * @param candidates        distinct candidates after deduplication
 * @param bundles           bundles ranked, priced and explained
 * @param published         bundles published (a review that stands keeps the bundle as reviewed: StandingReview)
 * @param waves             publishing waves
 * @param aiCopies          copies the AI writer wrote
 * @param templateCopies    copies the template wrote (AI copy off, unavailable or failed)
 * @param retired           earlier proposals this run replaced
 * @param approvalsProposedAnew bundles the merchant had approved that this run proposed anew at new prices (their items'
 *                          prices changed since: StandingReview)
 */
public record BundleGenerationReport(long orders, long variants, long quickStartBundles, long rules, long candidates, long bundles,
                                     long published, long waves, long aiCopies, long templateCopies, long retired,
                                     long approvalsProposedAnew)
        implements JobReport {
    @Override
    public JobKind kind() {
        return JobKind.BUNDLE_GENERATION;
    }
}
