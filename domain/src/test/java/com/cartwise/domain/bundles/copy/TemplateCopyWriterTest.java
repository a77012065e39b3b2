package com.cartwise.domain.bundles.copy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Objective;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateCopyWriterTest {
    private final TemplateCopyWriter writer = new TemplateCopyWriter();
    private final CopyBrief skiAndWax = new CopyBrief(BundleType.FBT, Objective.CLEAR_SLOW_MOVERS, List.of("Ski Wax", "Ski"), "Skis",
            "350.20 EUR", "412.00 EUR", "15% off",
            "Bought together in 37 of 120 orders with Ski Wax (4.2× chance); clears slow-moving stock (Ski Wax: 95 days of cover)");

    @Test
    void writesTitleDescriptionAndTaglineFromTheBrief() {
        assertEquals(new BundleCopy("Ski Wax + Ski",
                "Bought together in 37 of 120 orders with Ski Wax (4.2× chance). Get Ski Wax and Ski for 350.20 EUR instead of 412.00 EUR (15% off).",
                "While stocks last", "template"), writer.write(skiAndWax));
    }

    @Test
    void hasATitleForEveryType() {
        assertEquals("Stock up on Coffee", writer.write(brief(BundleType.VOLUME, List.of("Coffee"), "2 at 10% off, 3 at 15% off")).title());
        assertEquals("Buy Boots, get Socks at 60% off", writer.write(brief(BundleType.BOGO, List.of("Boots", "Socks"), "second at 60% off")).title());
        assertEquals("Buy one Socks, get the second free", writer.write(brief(BundleType.BOGO, List.of("Socks"), "second free")).title());
        assertEquals("Mix & match Skis: any 2 at 15% off", writer.write(brief(BundleType.MIX_AND_MATCH, List.of("A", "B", "C"), "any 2 at 15% off"))
                .title());
    }

    @Test
    void theSameBriefHasTheSameKeyAndAnyChangeANewOne() {
        CopyBrief same = new CopyBrief(BundleType.FBT, Objective.CLEAR_SLOW_MOVERS, List.of("Ski Wax", "Ski"), "Skis", "350.20 EUR", "412.00 EUR",
                "15% off", skiAndWax.explanation());
        CopyBrief cheaper = new CopyBrief(BundleType.FBT, Objective.CLEAR_SLOW_MOVERS, List.of("Ski Wax", "Ski"), "Skis", "340.00 EUR",
                "412.00 EUR", "15% off", skiAndWax.explanation());

        assertEquals(skiAndWax.contentHash(), same.contentHash());
        assertEquals(64, skiAndWax.contentHash().length());
        assertNotEquals(skiAndWax.contentHash(), cheaper.contentHash());
        assertEquals(writer.write(skiAndWax), writer.write(same));
    }

    private static CopyBrief brief(BundleType type, List<String> names, String offer) {
        return new CopyBrief(type, Objective.INCREASE_AOV, names, "Skis", "10.00 EUR", "12.00 EUR", offer, "");
    }
}
