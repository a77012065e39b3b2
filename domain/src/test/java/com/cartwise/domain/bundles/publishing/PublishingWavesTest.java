package com.cartwise.domain.bundles.publishing;

import static com.cartwise.domain.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PublishingWavesTest {
    private static List<Integer> ranks(int n) {
        return IntStream.rangeClosed(1, n).boxed().toList();
    }

    @Test
    void releasesTheTopThreeThenTopFiveTenTwentyAndForty() {
        List<List<Integer>> waves = PublishingWaves.DEFAULT.waves(ranks(50));

        assertEquals(List.of(3, 2, 5, 10, 20, 10), waves.stream().map(List::size).toList());
        assertEquals(List.of(1, 2, 3), waves.get(0));
        assertEquals(List.of(4, 5), waves.get(1));
        assertEquals(41, waves.get(5).get(0), "what ranks below 40 comes last, in one wave");
    }

    @Test
    void aShortListFillsOnlyTheFirstWaves() {
        assertEquals(List.of(List.of(1, 2, 3), List.of(4)), PublishingWaves.DEFAULT.waves(ranks(4)));
        assertEquals(List.of(), PublishingWaves.DEFAULT.waves(List.of()));
    }

    @Test
    void tellsTheWaveOfARank() {
        assertEquals(1, PublishingWaves.DEFAULT.waveOf(3));
        assertEquals(2, PublishingWaves.DEFAULT.waveOf(4));
        assertEquals(5, PublishingWaves.DEFAULT.waveOf(40));
        assertEquals(6, PublishingWaves.DEFAULT.waveOf(41));
    }

    @Test
    void sizesMustGrow() {
        assertRejected("publishing_waves", () -> new PublishingWaves(List.of(3, 3)));
        assertRejected("publishing_waves", () -> new PublishingWaves(List.of(0, 3)));
    }
}
