package com.cartwise.domain.catalog;

/**
 * What Shopify knows about a variant's stock. Only a tracked variant that is out of stock and may
 * not be oversold is unavailable: an untracked variant, or one whose policy is "continue", can
 * always be sold.
 */
public record Stock(boolean tracked, int quantity, boolean sellsWhenOutOfStock) {
    public static Stock tracked(int quantity) {
        return new Stock(true, quantity, false);
    }

    public static Stock untracked() {
        return new Stock(false, 0, false);
    }

    public boolean available() {
        return !tracked || sellsWhenOutOfStock || quantity > 0;
    }
}
