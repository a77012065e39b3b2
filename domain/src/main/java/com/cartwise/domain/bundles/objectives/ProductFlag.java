package com.cartwise.domain.bundles.objectives;

/** What a product is, for the objectives that look for it. Each is defined in {@link FlagThresholds}. */
public enum ProductFlag {
    SLOW_MOVER("slow_mover"),
    HIGH_MARGIN("high_margin"),
    NEW_LAUNCH("new_launch"),
    SEASONAL("seasonal"),
    REPLENISHABLE("replenishable");

    private final String wireName;

    ProductFlag(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
