package com.cartwise.application.shopify;

/**
 * How much a sync reads: everything (a historical load through bulk operations), or what changed
 * since the last sync began (paginated queries by updated_at), for whatever webhooks missed.
 */
public enum SyncMode {
    HISTORICAL("historical"),
    INCREMENTAL("incremental");

    private final String wireName;

    SyncMode(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static SyncMode fromWireName(String name) {
        for (SyncMode mode : values()) {
            if (mode.wireName.equals(name)) {
                return mode;
            }
        }
        throw new com.cartwise.domain.InvalidInputException("mode", "must be historical or incremental, but was '" + name + "'");
    }
}
