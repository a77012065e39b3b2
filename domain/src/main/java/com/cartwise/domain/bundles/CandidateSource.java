package com.cartwise.domain.bundles;

/** What proposed a candidate. Listed strongest evidence first: deduplication keeps the first. */
public enum CandidateSource {
    ASSOCIATION_RULE("association_rule", false),
    CO_VISITATION("co_visitation", false),
    RECOMMENDER("recommender", false),
    /** A single variant chosen by its flags (volume breaks, buy one get one). */
    PRODUCT_FLAGS("product_flags", false),
    /** The quick-start path: top sellers paired by co-occurrence. */
    QUICK_START("quick_start", false),
    /** Fallback ladder, rung 1: same category, complementary price band. */
    FALLBACK_SAME_CATEGORY("fallback_same_category", true),
    /** Rung 2: same vendor, complementary price band. */
    FALLBACK_SAME_VENDOR("fallback_same_vendor", true),
    /** Rung 3: next to the shop's best seller. */
    FALLBACK_BEST_SELLERS("fallback_best_sellers", true);

    private final String wireName;
    private final boolean fallback;

    CandidateSource(String wireName, boolean fallback) {
        this.wireName = wireName;
        this.fallback = fallback;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether it rests on the catalogue rather than on orders together: shown as such to the merchant. */
    public boolean isFallback() {
        return fallback;
    }
}
