package com.cartwise.domain.bundles.ranking;

/** What a bundle is scored on; each is normalised to [0, 1] by {@link FeatureScoring}. */
public enum Feature {
    CONFIDENCE("confidence"),
    CO_VISITATION("co_visitation"),
    LIFT("lift"),
    INVENTORY("inventory"),
    PRICE_SANITY("price_sanity");

    private final String wireName;

    Feature(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
