package com.cartwise.application.jobs;

/**
 * What a job does. Jobs that write a shop's data take the shop's single write slot, so an import
 * never races a training or a bundle generation of the same shop.
 */
public enum JobKind {
    IMPORT("import", true),
    TRAINING("training", true),
    BUNDLE_GENERATION("bundle_generation", true),
    /** Reads the shop's products, stock and orders from Shopify's Admin API and merges them. */
    SHOPIFY_SYNC("shopify_sync", true),
    /**
     * Processes the shop's webhook deliveries. It does not take the write slot: webhooks keep
     * arriving while an import or a training runs, and its merges queue behind theirs on the
     * shop's row lock instead.
     */
    SHOPIFY_WEBHOOKS("shopify_webhooks", false);

    private final String wireName;
    private final boolean writesShopData;

    JobKind(String wireName, boolean writesShopData) {
        this.wireName = wireName;
        this.writesShopData = writesShopData;
    }

    /** The name in the APIs and the database: {@code import}, {@code training}, {@code shopify_sync} ... */
    public String wireName() {
        return wireName;
    }

    public boolean writesShopData() {
        return writesShopData;
    }

    public static JobKind fromWireName(String name) {
        for (JobKind kind : values()) {
            if (kind.wireName.equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown job kind '" + name + "'");
    }
}
