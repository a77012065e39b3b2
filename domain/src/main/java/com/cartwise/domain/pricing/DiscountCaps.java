package com.cartwise.domain.pricing;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.bundles.Objective;
import java.util.EnumMap;
import java.util.Map;

/** The discount range of every objective; every objective must have one. */
public record DiscountCaps(Map<Objective, CapRange> ranges) {
    /**
     * The reference generator's four (increase_aov 5–20%, clear_slow_movers 10–40%, margin_guard
     * 0–10%, seasonal 10–30%) and ours for the other four: category bundles sell like add-ons
     * (5–20%, as increase_aov); a launch needs attention, not a markdown that anchors its price
     * low (5–15%); a gift box sells convenience more than price (5–15%); subscriptions are
     * usually offered at 5–15% off.
     */
    public static final DiscountCaps DEFAULTS = new DiscountCaps(Map.of(
            Objective.INCREASE_AOV, CapRange.percent(5, 20),
            Objective.CLEAR_SLOW_MOVERS, CapRange.percent(10, 40),
            Objective.MARGIN_GUARD, CapRange.percent(0, 10),
            Objective.SEASONAL_PROMO, CapRange.percent(10, 30),
            Objective.CATEGORY_BUNDLE, CapRange.percent(5, 20),
            Objective.NEW_LAUNCH, CapRange.percent(5, 15),
            Objective.GIFT_BOX, CapRange.percent(5, 15),
            Objective.SUBSCRIPTION_PUSH, CapRange.percent(5, 15)));

    public DiscountCaps {
        InvalidInputException.require(ranges != null, "discount_caps", "are required");
        for (Objective objective : Objective.values()) {
            InvalidInputException.require(ranges.containsKey(objective), "discount_caps." + objective.wireName(), "is required");
        }
        ranges = Map.copyOf(new EnumMap<>(ranges));
    }

    public CapRange of(Objective objective) {
        return ranges.get(objective);
    }
}
