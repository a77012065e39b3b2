package com.cartwise.domain.bundles;

import com.cartwise.domain.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

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
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(o -> o.wireName.equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException("objective", "'" + name + "' is not an objective; use one of "
                        + Arrays.stream(values()).map(Objective::wireName).collect(Collectors.joining(", "))));
    }
}
