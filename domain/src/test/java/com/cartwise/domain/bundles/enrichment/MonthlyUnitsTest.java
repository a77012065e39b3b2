package com.cartwise.domain.bundles.enrichment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Month;
import org.junit.jupiter.api.Test;

class MonthlyUnitsTest {
    @Test
    void thePeakWrapsAroundTheNewYear() {
        // Dec 10, Jan 2, Jul 2: Dec-Feb holds 12 of 14
        MonthlyUnits units = new MonthlyUnits(new int[] {2, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 10});

        assertEquals(Month.NOVEMBER, units.peakStart(3), "Nov-Jan also holds 12 and starts earlier in the year");
        assertEquals(12.0 / 14, units.peakShare(3), 1e-12);
        assertEquals(Month.DECEMBER, units.peakStart(2));
    }

    @Test
    void anEvenYearHasAQuarterInEachQuarter() {
        MonthlyUnits even = new MonthlyUnits(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1});

        assertEquals(0.25, even.peakShare(3), 1e-12);
        assertEquals(Month.JANUARY, even.peakStart(3));
    }

    @Test
    void aYearWithoutSalesHasNoPeak() {
        assertEquals(0.0, new MonthlyUnits(new int[12]).peakShare(3));
    }
}
