package com.cartwise.domain.bundles;

import static com.cartwise.domain.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WireNamesTest {
    @Test
    void everyObjectiveAndTypeReadsBackFromItsWireName() {
        Arrays.stream(Objective.values()).forEach(o -> assertEquals(o, Objective.fromWireName(o.wireName())));
        Arrays.stream(BundleType.values()).forEach(t -> assertEquals(t, BundleType.fromWireName(t.wireName())));
        assertEquals(Objective.INCREASE_AOV, Objective.fromWireName(" Increase_AOV "));
    }

    @Test
    void theWireNamesAreTheIssues() {
        assertEquals(java.util.List.of("increase_aov", "clear_slow_movers", "seasonal_promo", "new_launch", "category_bundle", "gift_box",
                "subscription_push", "margin_guard"), Arrays.stream(Objective.values()).map(Objective::wireName).toList());
        assertEquals(java.util.List.of("fbt", "volume", "bogo", "mix_and_match"), Arrays.stream(BundleType.values()).map(BundleType::wireName).toList());
    }

    @Test
    void anUnknownNameListsTheChoices() {
        assertEquals("'raise_aov' is not an objective; use one of increase_aov, clear_slow_movers, seasonal_promo, new_launch, "
                + "category_bundle, gift_box, subscription_push, margin_guard", assertRejected("objective", () -> Objective.fromWireName("raise_aov")).problem());
        assertRejected("bundle_type", () -> BundleType.fromWireName(null));
    }
}
