package com.cartwise.domain.bundles;

/** What a merchant wants a bundle generation to achieve; a run targets one or several. */
public enum Objective {
    /** Raise the average order value: add-ons to what shoppers already buy. */
    INCREASE_AOV("increase_aov"),
    /** Move stock that would otherwise sit for months. */
    CLEAR_SLOW_MOVERS("clear_slow_movers"),
    /** Promote what sells in this season. */
    SEASONAL_PROMO("seasonal_promo"),
    /** Put a product launched in the last weeks next to what already sells. */
    NEW_LAUNCH("new_launch"),
    /** Several products of one category, chosen together. */
    CATEGORY_BUNDLE("category_bundle"),
    /** A ready-made gift of products from different categories. */
    GIFT_BOX("gift_box"),
    /** More units of what shoppers buy again and again. */
    SUBSCRIPTION_PUSH("subscription_push"),
    /** Bundles that keep a healthy margin: small discounts on high-margin products. */
    MARGIN_GUARD("margin_guard");

    private final String wireName;

    Objective(String wireName) {
        this.wireName = wireName;
    }

    /** The name in REST, gRPC, SQL and configuration: {@code increase_aov}. */
    public String wireName() {
        return wireName;
    }

    public static Objective fromWireName(String name) {
        return WireNames.parse(values(), Objective::wireName, name, "objective", "an objective");
    }
}
