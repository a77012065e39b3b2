package com.cartwise.domain.bundles.explanation;

import com.cartwise.domain.pricing.PricedBundle;

/** The output of the explanation phase: a priced bundle and why. */
public record ExplainedBundle(PricedBundle priced, Explanation explanation) {
}
