package com.cartwise.application.bundles;

import com.cartwise.application.jobs.JobId;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.bundles.Candidate;
import com.cartwise.domain.bundles.copy.ProposedBundle;
import com.cartwise.domain.pricing.BundlePrice;
import java.time.Instant;
import java.util.Optional;

/**
 * A bundle the merchant made live, exactly as it was approved (a later generation never changes
 * it): offered at the till and exported to the storefront while {@link ActiveStatus#ACTIVE}.
 *
 * @param run the generation whose recommendation it was made from
 */
public record ActiveBundle(ProposedBundle proposal, JobId run, ActiveStatus status, Instant activatedAt,
                           Optional<Instant> deactivatedAt) {
    public ActiveBundle {
        if (proposal == null || run == null || status == null || activatedAt == null) {
            throw new IllegalArgumentException("an active bundle has its proposal, run, status and activation time");
        }
        deactivatedAt = deactivatedAt == null ? Optional.empty() : deactivatedAt;
        if ((status == ActiveStatus.INACTIVE) != deactivatedAt.isPresent()) {
            throw new IllegalArgumentException("an inactive bundle says when it was deactivated, an active one does not");
        }
    }

    public static ActiveBundle activated(BundleRecommendation recommendation, Instant at) {
        return new ActiveBundle(recommendation.proposal(), recommendation.run(), ActiveStatus.ACTIVE, at, Optional.empty());
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

    public boolean active() {
        return status == ActiveStatus.ACTIVE;
    }

    public ActiveBundle deactivated(Instant at) {
        return new ActiveBundle(proposal, run, ActiveStatus.INACTIVE, activatedAt, Optional.of(at));
    }
}
