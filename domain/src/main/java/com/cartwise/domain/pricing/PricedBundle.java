package com.cartwise.domain.pricing;

import com.cartwise.domain.bundles.ranking.RankedCandidate;

/** The output of pricing: a ranked candidate and its price. */
public record PricedBundle(RankedCandidate ranked, BundlePrice price) {
}
