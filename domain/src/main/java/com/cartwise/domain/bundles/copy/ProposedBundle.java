package com.cartwise.domain.bundles.copy;

import com.cartwise.domain.bundles.explanation.ExplainedBundle;

/**
 * A bundle ready for review: candidate, rank, features, price, explanation and copy, with the
 * brief's content hash the copy was written from (the copy cache key).
 */
public record ProposedBundle(ExplainedBundle bundle, BundleCopy copy, String copyKey) {
}
