package com.cartwise.domain.bundles.ranking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ParetoFrontTest {
    @Test
    void keepsWhatNothingBeatsOnAllThree() {
        List<BundleOutlook> outlooks = List.of(
                new BundleOutlook(100, 30, 0.1),  // 0: front
                new BundleOutlook(90, 20, 0.2),   // 1: dominated by 0
                new BundleOutlook(80, 40, 0.5),   // 2: front (most margin)
                new BundleOutlook(50, 10, 0.0),   // 3: front (least risk)
                new BundleOutlook(100, 30, 0.1),  // 4: equal to 0: neither dominates, both stay
                new BundleOutlook(100, 30, 0.2)); // 5: dominated by 0 on risk alone

        assertArrayEquals(new int[] {0, 2, 3, 4}, ParetoFront.of(outlooks));
    }

    @Test
    void dominanceNeedsOneStrictImprovement() {
        BundleOutlook a = new BundleOutlook(1, 1, 0.5);

        assertFalse(a.dominates(new BundleOutlook(1, 1, 0.5)));
        assertTrue(a.dominates(new BundleOutlook(1, 1, 0.6)));
        assertFalse(a.dominates(new BundleOutlook(2, 0, 0.5)));
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void equalsTheBruteForceDominanceCheck(long seed) {
        Random random = new Random(seed);
        int n = random.nextInt(60);
        // few distinct values, so ties and exact duplicates are common
        int levels = 1 + random.nextInt(6);
        List<BundleOutlook> outlooks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            outlooks.add(new BundleOutlook(random.nextInt(levels), random.nextInt(levels) * 0.5, random.nextInt(levels) / 4.0));
        }

        int[] bruteForce = IntStream.range(0, n)
                .filter(i -> IntStream.range(0, n).noneMatch(j -> outlooks.get(j).dominates(outlooks.get(i)))).toArray();

        assertArrayEquals(bruteForce, ParetoFront.of(outlooks), "seed " + seed + ": " + outlooks);
    }
}
