package com.cartwise.application.bundles;

import com.cartwise.domain.bundles.WireNames;

/** Where a proposed bundle stands with the merchant. */
public enum ReviewStatus {
    /** Proposed by a generation; not reviewed yet. A later generation may refresh or retire it. */
    PROPOSED("proposed"),
    /** The merchant wants it; it can be made an active bundle. */
    APPROVED("approved"),
    /** The merchant does not want it; later generations leave it as it is. */
    REJECTED("rejected");

    private final String wireName;

    ReviewStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static ReviewStatus fromWireName(String name) {
        return WireNames.parse(values(), ReviewStatus::wireName, name, "status", "a review status");
    }
}
