package com.cartwise.domain.pricing;

import static com.cartwise.domain.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.bundles.enrichment.DiscountHistory;
import org.junit.jupiter.api.Test;

class DiscountShrinkageTest {
    private static final DiscountShrinkage REFERENCE = DiscountShrinkage.DEFAULTS;
    // typical rates: own 0.2 (two lines), category 0.1, shop 0.05
    private static final DiscountHistory OWN = new DiscountHistory(5, 2, 0.4, 0.25);
    private static final DiscountHistory CATEGORY = new DiscountHistory(40, 10, 1.0, 0.3);
    private static final DiscountHistory SHOP = new DiscountHistory(400, 100, 5.0, 0.5);

    @Test
    void pullsTheOwnRateTowardCategoryAndShopWithWeightsPointThreeAndPointOne() {
        assertEquals(0.6 * 0.2 + 0.3 * 0.1 + 0.1 * 0.05, REFERENCE.estimate(OWN, CATEGORY, SHOP).getAsDouble(), 1e-12); // 0.155
    }

    @Test
    void sharesAMissingLevelsWeightAmongTheOthersInProportion() {
        // no own history: (0.3 * 0.1 + 0.1 * 0.05) / 0.4 = 0.0875
        assertEquals(0.0875, REFERENCE.estimate(DiscountHistory.NONE, CATEGORY, SHOP).getAsDouble(), 1e-12);
        // only the shop: its rate
        assertEquals(0.05, REFERENCE.estimate(DiscountHistory.NONE, DiscountHistory.NONE, SHOP).getAsDouble(), 1e-12);
        // only the product: its rate
        assertEquals(0.2, REFERENCE.estimate(OWN, DiscountHistory.NONE, DiscountHistory.NONE).getAsDouble(), 1e-12);
    }

    @Test
    void aShopThatNeverDiscountedHasNoEstimate() {
        assertTrue(REFERENCE.estimate(new DiscountHistory(10, 0, 0, 0), DiscountHistory.NONE, DiscountHistory.NONE).isEmpty());
    }

    @Test
    void refusesWeightsAboveOneInTotal() {
        assertRejected("shrinkage", () -> new DiscountShrinkage(0.8, 0.3));
    }
}
