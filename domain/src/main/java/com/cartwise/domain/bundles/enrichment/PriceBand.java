package com.cartwise.domain.bundles.enrichment;

/**
 * Where a variant's price sits among comparable variants: the lower, middle or upper third
 * (terciles) of its category, or of the shop when the category is too small to cut in thirds.
 */
public enum PriceBand {
    LOW("low"), MID("mid"), HIGH("high");

    private final String wireName;

    PriceBand(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Among what the band was decided. */
    public enum Scope { CATEGORY, SHOP }
}
