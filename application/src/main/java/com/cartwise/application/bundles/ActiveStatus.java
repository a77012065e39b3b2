package com.cartwise.application.bundles;

import com.cartwise.domain.bundles.WireNames;

/** Whether an active bundle is on offer now, or was taken off. */
public enum ActiveStatus {
    ACTIVE("active"),
    INACTIVE("inactive");

    private final String wireName;

    ActiveStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static ActiveStatus fromWireName(String name) {
        return WireNames.parse(values(), ActiveStatus::wireName, name, "status", "an active bundle status");
    }
}
