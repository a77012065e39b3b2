package com.cartwise.domain.bundles.ranking;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.bundles.Candidate;

/**
 * A candidate with its features, its score under its objective's weights, its outlook and its
 * rank among all the run's bundles (1 is best).
 */
public record RankedCandidate(Candidate candidate, Features features, double score, BundleOutlook outlook, int rank) {
    public RankedCandidate {
        InvalidInputException.require(candidate != null && features != null && outlook != null, "ranked_candidate", "is incomplete");
        InvalidInputException.require(score >= 0 && score <= 1 + 1e-9, "score", "lies in [0, 1], but was " + score);
        InvalidInputException.require(rank >= 1, "rank", "starts at 1, but was " + rank);
    }
}
