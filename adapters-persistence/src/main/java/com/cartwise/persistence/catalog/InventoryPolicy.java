package com.cartwise.persistence.catalog;

import com.cartwise.domain.catalog.Stock;

/** Shopify's words for whether a variant sells when out of stock, as {@code inventory_policy} stores them. */
public final class InventoryPolicy {
    static final String CONTINUE = "continue";
    static final String DENY = "deny";

    private InventoryPolicy() {
    }

    public static String of(Stock stock) {
        return stock.sellsWhenOutOfStock() ? CONTINUE : DENY;
    }

    public static boolean sellsWhenOutOfStock(String policy) {
        return CONTINUE.equals(policy);
    }
}
