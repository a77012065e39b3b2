package com.cartwise.benchmarks.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A 10-minute soak: warm-up 0-60 s, first third 60-240 s, last third 420-600 s. */
class HeapTrendTest {
    private static final HeapTrend.Allowance TEN_PERCENT_OR_32_MB = new HeapTrend.Allowance(10, 32);

    private static GcPause young(double seconds, long afterMb) {
        return new GcPause(seconds, afterMb + 200, afterMb, 768, false);
    }

    @Test
    void isFlatWhenTheLastThirdsFloorAndPeakStayWithinTheAllowanceOfTheFirstThirds() {
        // given the first third between 100 and 180 MB, the last between 120 and 200 MB (+20 each, allowed +32)
        List<GcPause> pauses = List.of(young(70, 100), young(200, 180), young(300, 400), young(430, 120), young(590, 200));

        // when
        HeapTrend trend = HeapTrend.judge(pauses, 60, 600, TEN_PERCENT_OR_32_MB);

        // then
        assertTrue(trend.flat(), trend.describe());
        assertEquals(new HeapTrend.Window(60, 240, 2, 100, 180), trend.first());
        assertEquals(2, trend.last().collections());
        assertEquals(120, trend.last().floorMb());
        assertEquals(200, trend.last().peakMb());
    }

    @Test
    void isNotFlatWhenWhatStaysLiveGrowsThoughThePeakDoesNot() {
        // given a leak: the floor rises from 100 to 140 MB (+40, allowed +32), the peak stays at 300 MB
        List<GcPause> pauses = List.of(young(70, 100), young(200, 300), young(430, 140), young(590, 300));

        HeapTrend trend = HeapTrend.judge(pauses, 60, 600, TEN_PERCENT_OR_32_MB);

        assertFalse(trend.flat());
        assertTrue(trend.describe().contains("floor +40 MB (allowed +32)"), trend.describe());
    }

    @Test
    void allowsTheShareOfTheFirstThirdWhenItIsMoreThanTheMegabytes() {
        // given a 500 MB floor: 10 % is 50 MB, more than 32
        List<GcPause> within = List.of(young(70, 500), young(80, 600), young(500, 550), young(510, 600));
        List<GcPause> beyond = List.of(young(70, 500), young(80, 600), young(500, 551), young(510, 600));

        assertTrue(HeapTrend.judge(within, 60, 600, TEN_PERCENT_OR_32_MB).flat());
        assertFalse(HeapTrend.judge(beyond, 60, 600, TEN_PERCENT_OR_32_MB).flat());
    }

    @Test
    void leavesTheWarmUpAndTheMiddleThirdOut() {
        // given a low heap during the warm-up (caches still empty) and a high one in the middle third
        List<GcPause> pauses = List.of(young(10, 20), young(59, 20), young(70, 150), young(230, 160), young(300, 700),
                young(420, 150), young(600, 170));

        HeapTrend trend = HeapTrend.judge(pauses, 60, 600, TEN_PERCENT_OR_32_MB);

        assertTrue(trend.flat(), trend.describe());
        assertEquals(150, trend.first().floorMb());
        assertEquals(170, trend.last().peakMb());
    }

    @Test
    void cannotCallAHeapFlatFromTooFewCollections() {
        List<GcPause> pauses = new ArrayList<>(List.of(young(70, 100), young(80, 100), young(500, 100)));

        HeapTrend trend = HeapTrend.judge(pauses, 60, 600, TEN_PERCENT_OR_32_MB);

        assertFalse(trend.flat());
        assertTrue(trend.explanation().startsWith("too few collections to tell (2 in the first third, 1 in the last"), trend.explanation());
    }

    @Test
    void readsYoungAndFullCollectionsButNotRemarkOrCleanupFromAGcLogLine() {
        GcPause young = GcPause.parse("[53.532s][info][gc] GC(19) Pause Young (Mixed) (G1 Evacuation Pause) 135M->46M(142M) 637.402ms", 7)
                .orElseThrow();
        GcPause full = GcPause.parse("[9.1s][info][gc] GC(40) Pause Full (G1 Compaction Pause) 700M->310M(768M) 812.5ms", 8).orElseThrow();

        assertEquals(new GcPause(7, 135, 46, 142, false), young);
        assertEquals(new GcPause(8, 700, 310, 768, true), full);
        assertTrue(GcPause.parse("[55.2s][info][gc] GC(21) Pause Remark 51M->51M(142M) 89.686ms", 9).isEmpty());
        assertTrue(GcPause.parse("[56.1s][info][gc] GC(21) Pause Cleanup 48M->48M(142M) 0.055ms", 9).isEmpty());
        assertTrue(GcPause.parse("[56.2s][info][gc] GC(21) Concurrent Mark Cycle 1187.123ms", 9).isEmpty());
    }
}
