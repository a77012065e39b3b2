package com.cartwise.domain.recommend;

import com.cartwise.domain.catalog.Variant;

/** A variant to offer, its summed score over the cart, and the evidence behind it. */
public record Recommendation(Variant variant, double score, Evidence evidence) {

    public String reason() {
        return evidence.reason();
    }
}
