package com.cartwise.domain.recommend.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Long arrays are written in chunks on all cores; the bytes are those of one sink writing them in one go. */
class ByteSinkTest {
    private static final int ONE_GO = Integer.MAX_VALUE;
    private final Random random = new Random(29);

    private static byte[] written(int chunk, Consumer<ByteSink> write) {
        ByteSink sink = new ByteSink(chunk);
        write.accept(sink);
        return sink.toArray();
    }

    private static void sameInChunksOf(int chunk, Consumer<ByteSink> write) {
        assertArrayEquals(written(ONE_GO, write), written(chunk, write), "chunks of " + chunk);
    }

    @Test
    void integersInChunksAreTheBytesOfIntegersInOneGo() {
        int[] values = random.ints(1_000, 0, Integer.MAX_VALUE).map(v -> v >>> random.nextInt(31)).toArray();

        for (int chunk : new int[] {1, 7, 64, 999, 1_000}) {
            sameInChunksOf(chunk, sink -> sink.ints(values));
        }
    }

    @Test
    void rowsInChunksKeepEachRowsGapsFromItsOwnStart() {
        // rows of 0 to 40 ascending neighbours, some empty, some longer than a chunk
        int rows = 200;
        int[] rowStart = new int[rows + 1];
        int[] neighbours = new int[rows * 40];
        int entries = 0;
        for (int r = 0; r < rows; r++) {
            int length = r % 17 == 0 ? 0 : random.nextInt(41);
            int previous = 0;
            for (int i = 0; i < length; i++) {
                previous += 1 + random.nextInt(300);
                neighbours[entries++] = previous;
            }
            rowStart[r + 1] = entries;
        }

        for (int chunk : new int[] {1, 5, 40, 100, entries}) {
            sameInChunksOf(chunk, sink -> sink.rows(rowStart, neighbours));
        }
        sameInChunksOf(3, sink -> sink.rows(new int[] {0}, new int[0]));
    }

    @Test
    void doublesAndRepeatedDoublesInChunksAreTheBytesOfOneGo() {
        double[] plain = random.doubles(500).toArray();
        // 1 / order size for most, as a walk's pair weights are: indexed
        double[] repeated = new double[5_000];
        for (int i = 0; i < repeated.length; i++) {
            repeated[i] = i % 50 == 0 ? random.nextDouble() : 1.0 / (2 + random.nextInt(30));
        }

        for (int chunk : new int[] {1, 13, 256, 4_999}) {
            sameInChunksOf(chunk, sink -> sink.doubles(plain));
            sameInChunksOf(chunk, sink -> sink.repeatedDoubles(repeated));
            sameInChunksOf(chunk, sink -> sink.repeatedDoubles(plain));
        }
        assertEquals(ByteSink.INDEXED, written(ONE_GO, sink -> sink.repeatedDoubles(repeated))[0]);
    }
}
