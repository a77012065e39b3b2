package com.cartwise.domain.recommend;

/** Where a recommendation comes from. */
public enum Source {
    /** Bought together with the cart's (or the product's) items in the shop's orders. */
    CO_PURCHASE("co_purchase"),
    /** A best seller: offered when what was bought with the cart is not enough (or nothing is known of it). */
    POPULARITY("popularity");

    private final String wireName;

    Source(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** As the APIs write it ({@code co_purchase}, {@code popularity}); else refused, naming {@code source}. */
    public static Source fromWireName(String name) {
        for (Source source : values()) {
            if (source.wireName.equals(name)) {
                return source;
            }
        }
        throw new com.cartwise.domain.InvalidInputException("source", (name == null ? "is required" : "'" + name + "' is not a source")
                + ": co_purchase or popularity");
    }
}
