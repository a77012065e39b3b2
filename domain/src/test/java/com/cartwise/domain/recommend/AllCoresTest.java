package com.cartwise.domain.recommend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class AllCoresTest {

    private static int[] timesEachIndexRan(int n, int chunk) {
        AtomicIntegerArray runs = new AtomicIntegerArray(n);
        AllCores.forEach(n, chunk, runs::incrementAndGet);
        int[] times = new int[n];
        for (int i = 0; i < n; i++) {
            times[i] = runs.get(i);
        }
        return times;
    }

    @Test
    void everyIndexRunsExactlyOnceWhateverTheChunk() {
        for (int n : new int[] {0, 1, 63, 64, 65, 1_000, 16_411}) {
            for (int chunk : new int[] {1, 7, 64, 100_000}) {
                int[] once = new int[n];
                Arrays.fill(once, 1);
                assertArrayEquals(once, timesEachIndexRan(n, chunk), n + " indices in chunks of " + chunk);
            }
        }
    }

    @Test
    void whileOneThreadWorksOnACostlyIndexTheOtherTakesTheRest() {
        Map<String, Integer> indicesByThread = new ConcurrentHashMap<>();
        AllCores.forEach(10_000, 8, i -> {
            indicesByThread.merge(Thread.currentThread().getName(), 1, Integer::sum);
            if (i == 0) {
                // a best seller's row: a parallel stream, cut up front, left 4,999 indices waiting behind it on its thread
                long until = System.nanoTime() + 200_000_000L;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            }
        });

        assumeTrue(ForkJoinPool.getCommonPoolParallelism() >= 1 && Runtime.getRuntime().availableProcessors() >= 2);
        int most = indicesByThread.values().stream().max(Integer::compare).orElseThrow();
        assertTrue(most >= 9_900, "indices by thread: " + indicesByThread);
    }

    @Test
    void aChunkHoldsAtLeastOneIndex() {
        assertThrows(IllegalArgumentException.class, () -> AllCores.forEach(10, 0, i -> { }));
    }
}
