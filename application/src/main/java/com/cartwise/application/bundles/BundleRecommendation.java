package com.cartwise.application.bundles;

import com.cartwise.application.jobs.JobId;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.bundles.Candidate;
import com.cartwise.domain.bundles.copy.ProposedBundle;
import com.cartwise.domain.pricing.BundlePrice;
import java.time.Instant;

/**
 * A bundle a generation proposed, as the dashboard shows it: the proposal itself (products,
 * evidence, rank, price, explanation, copy), the run that wrote it, the publishing wave that made
 * it visible and when, and the merchant's review.
 */
public record BundleRecommendation(ProposedBundle proposal, JobId run, int wave, Instant publishedAt, Review review) {
    public BundleRecommendation {
        if (proposal == null || run == null || publishedAt == null || review == null) {
            throw new IllegalArgumentException("a recommendation has its proposal, run, publishing time and review");
        }
        if (wave < 1) {
            throw new IllegalArgumentException("waves count from 1, but was " + wave);
        }
    }

    public Candidate candidate() {
        return proposal.bundle().priced().ranked().candidate();
    }

    public BundleKey key() {
        return candidate().key();
    }

    public BundlePrice price() {
        return proposal.bundle().priced().price();
    }

    public int rank() {
        return proposal.bundle().priced().ranked().rank();
    }

    public BundleRecommendation withReview(Review newReview) {
        return new BundleRecommendation(proposal, run, wave, publishedAt, newReview);
    }
}
