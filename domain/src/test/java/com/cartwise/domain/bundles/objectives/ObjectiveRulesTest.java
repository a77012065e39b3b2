package com.cartwise.domain.bundles.objectives;

import static com.cartwise.domain.bundles.Shops.entry;
import static com.cartwise.domain.bundles.Shops.flagged;
import static com.cartwise.domain.bundles.Shops.repeat;
import static com.cartwise.domain.bundles.Shops.variantOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Objective;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectiveRulesTest {
    // 1, 2: skis (cost known, 1 rich); 3: a hat (no cost); 4, 5: sizes of one boot; 6: sold out; 7: two on hand
    private final FlaggedShop shop = flagged(List.of(
            entry(1, "Ski", "Skis", "400", "100", 50), entry(2, "Wax", "Skis", "10", "8", 50), entry(3, "Hat", "Apparel", "20", null, 50),
            variantOf(entry(4, "Boot", "Boots", "100", "50", 5), "boot", "40"), variantOf(entry(5, "Boot", "Boots", "100", "50", 5), "boot", "44"),
            entry(6, "Gone", "Skis", "10", null, 0), entry(7, "Last two", "Skis", "10", null, 2)), repeat(3, 1, 1, 2, 3));

    @Test
    void everyObjectiveMakesItsOwnTypes() {
        assertEquals(EnumSet.of(BundleType.VOLUME), ObjectiveRules.typesFor(Objective.SUBSCRIPTION_PUSH));
        assertEquals(EnumSet.of(BundleType.FBT, BundleType.BOGO, BundleType.VOLUME), ObjectiveRules.typesFor(Objective.CLEAR_SLOW_MOVERS));
        assertFalse(ObjectiveRules.accepts(Objective.NEW_LAUNCH, BundleType.BOGO, List.of(1L, 2L), shop));
    }

    @Test
    void neverBundlesSizesOfOneProductOrWhatCannotBeSold() {
        assertFalse(ObjectiveRules.accepts(Objective.INCREASE_AOV, BundleType.FBT, List.of(4L, 5L), shop));
        assertFalse(ObjectiveRules.accepts(Objective.INCREASE_AOV, BundleType.FBT, List.of(1L, 6L), shop));
        assertTrue(ObjectiveRules.accepts(Objective.INCREASE_AOV, BundleType.FBT, List.of(1L, 2L), shop));
    }

    @Test
    void volumeBreaksNeedThreeUnitsAndBuyOneGetOneTwo() {
        assertTrue(shop.has(7, ProductFlag.SLOW_MOVER));
        assertFalse(ObjectiveRules.accepts(Objective.CLEAR_SLOW_MOVERS, BundleType.VOLUME, List.of(7L), shop));
        assertTrue(ObjectiveRules.accepts(Objective.CLEAR_SLOW_MOVERS, BundleType.BOGO, List.of(7L), shop));
    }

    @Test
    void aCategoryBundleStaysInOneCategoryAndAGiftBoxSpansTwo() {
        assertTrue(ObjectiveRules.accepts(Objective.CATEGORY_BUNDLE, BundleType.FBT, List.of(1L, 2L), shop));
        assertFalse(ObjectiveRules.accepts(Objective.CATEGORY_BUNDLE, BundleType.FBT, List.of(1L, 3L), shop));
        assertTrue(ObjectiveRules.accepts(Objective.GIFT_BOX, BundleType.MIX_AND_MATCH, List.of(1L, 2L, 3L), shop));
        assertFalse(ObjectiveRules.accepts(Objective.GIFT_BOX, BundleType.FBT, List.of(1L, 3L), shop), "a gift box has three things");
        assertFalse(ObjectiveRules.accepts(Objective.GIFT_BOX, BundleType.MIX_AND_MATCH, List.of(1L, 2L, 7L), shop), "one category");
    }

    @Test
    void marginGuardNeedsEveryCostAndOneRichMargin() {
        assertTrue(ObjectiveRules.accepts(Objective.MARGIN_GUARD, BundleType.FBT, List.of(1L, 2L), shop)); // 75% and 20%
        assertFalse(ObjectiveRules.accepts(Objective.MARGIN_GUARD, BundleType.FBT, List.of(1L, 3L), shop)); // the hat's cost is unknown
    }
}
