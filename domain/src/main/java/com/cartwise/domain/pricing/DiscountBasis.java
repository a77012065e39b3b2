package com.cartwise.domain.pricing;

/** Where a bundle's discount came from. */
public enum DiscountBasis {
    /** The shop's discount history, shrunk toward category and shop, within the objective's caps. */
    SHRUNK_HISTORY("shrunk_history"),
    /** No discount history: the similarity default, less discount for products that belong together. */
    SIMILARITY_DEFAULT("similarity_default"),
    /** The bandit tried a random arm. */
    BANDIT_EXPLORE("bandit_explore"),
    /** The bandit chose the arm with the best revenue per impression so far. */
    BANDIT_EXPLOIT("bandit_exploit"),
    /** Quick start's fixed discount. */
    FIXED("fixed");

    private final String wireName;

    DiscountBasis(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
