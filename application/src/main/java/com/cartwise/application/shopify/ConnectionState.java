package com.cartwise.application.shopify;

/**
 * Where a shop's link to Shopify stands. Only a connected shop has a token. A disconnected or
 * uninstalled shop keeps its domain, so that the privacy webhooks Shopify sends after an uninstall
 * (shop/redact comes 48 hours later) still find it.
 */
public enum ConnectionState {
    CONNECTED("connected"),
    /** The merchant disconnected it in Cartwise. */
    DISCONNECTED("disconnected"),
    /** Shopify said the app was uninstalled (app/uninstalled): the token is void. */
    UNINSTALLED("uninstalled");

    private final String wireName;

    ConnectionState(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static ConnectionState fromWireName(String name) {
        for (ConnectionState state : values()) {
            if (state.wireName.equals(name)) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown connection state '" + name + "'");
    }
}
