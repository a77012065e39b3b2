package com.cartwise.domain.pricing;

import static com.cartwise.domain.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.bundles.Objective;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DiscountRateTest {
    @Test
    void roundsToTheNearestWholePercentHalfUp() {
        assertEquals(DiscountRate.ofPercent(16), DiscountRate.wholePercentNear(0.155));
        assertEquals(DiscountRate.ofPercent(15), DiscountRate.wholePercentNear(0.1549));
        assertEquals(DiscountRate.ofPercent(100), DiscountRate.wholePercentNear(3.4));
    }

    @Test
    void roundsDownWhereACostMustBeKept() {
        assertEquals(DiscountRate.ofPercent(40), DiscountRate.wholePercentBelow(new BigDecimal("0.4099")));
        assertEquals(DiscountRate.NONE, DiscountRate.wholePercentBelow(new BigDecimal("-0.2")));
    }

    @Test
    void isEqualByValue() {
        assertEquals(new DiscountRate(new BigDecimal("0.10")), new DiscountRate(new BigDecimal("0.1")));
        assertEquals("12.5", new DiscountRate(new BigDecimal("0.125")).percentText());
    }

    @Test
    void liesBetweenNothingAndEverything() {
        assertRejected("discount", () -> new DiscountRate(new BigDecimal("1.01")));
        assertRejected("discount", () -> new DiscountRate(new BigDecimal("-0.01")));
    }

    @Test
    void theCapsOfEveryObjectiveClampTheDiscount() {
        DiscountCaps caps = DiscountCaps.DEFAULTS;

        assertEquals(DiscountRate.ofPercent(5), caps.of(Objective.INCREASE_AOV).clamp(DiscountRate.ofPercent(3)));
        assertEquals(DiscountRate.ofPercent(20), caps.of(Objective.INCREASE_AOV).clamp(DiscountRate.ofPercent(25)));
        assertEquals(DiscountRate.ofPercent(40), caps.of(Objective.CLEAR_SLOW_MOVERS).clamp(DiscountRate.ofPercent(60)));
        assertEquals(DiscountRate.ofPercent(10), caps.of(Objective.MARGIN_GUARD).clamp(DiscountRate.ofPercent(12)));
        assertEquals(DiscountRate.NONE, caps.of(Objective.MARGIN_GUARD).clamp(DiscountRate.NONE));
        assertEquals(CapRange.percent(10, 30), caps.of(Objective.SEASONAL_PROMO));
        assertEquals(CapRange.percent(5, 15), caps.of(Objective.NEW_LAUNCH));
    }

    @Test
    void everyObjectiveNeedsCaps() {
        assertRejected("discount_caps.increase_aov", () -> new DiscountCaps(java.util.Map.of()));
        assertRejected("discount_caps", () -> CapRange.percent(20, 10));
    }
}
