package com.cartwise.domain.recommend.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RepeatedValuesTest {

    @Test
    void listsTheDistinctValuesMostFrequentFirstTiesByTheirBits() {
        double[] values = {0.5, 0.25, 0.5, 1.0 / 3, 0.25, 0.5, 1.0 / 3};

        RepeatedValues repeated = RepeatedValues.of(values, values.length, ByteSink.CHUNK);

        // 0.5 three times; 0.25 and 1/3 twice each, and a positive double's bits order as its value
        assertArrayEquals(new double[] {0.5, 0.25, 1.0 / 3}, repeated.distinct());
        assertEquals(1, repeated.indexOf(0.25));
        assertEquals(0, repeated.indexOf(0.5));
    }

    @Test
    void givesUpPastItsLimitOfDistinctValues() {
        assertNull(RepeatedValues.of(new double[] {1, 2, 3, 4, 5}, 4, ByteSink.CHUNK));
        assertNotNull(RepeatedValues.of(new double[] {1, 2, 3, 4, 4}, 4, ByteSink.CHUNK));
    }

    @Test
    void aLongArrayIsJudgedByAnEvenSampleSoItsFirstValuesDoNotDecide() {
        int n = 400_000;
        double[] mostlyRepeated = new double[n];
        double[] mostlyDistinct = new double[n];
        for (int i = 0; i < n; i++) {
            // the first 100,000 all different, then five values
            mostlyRepeated[i] = i < 100_000 ? i : 1.0 / (2 + i % 5);
            mostlyDistinct[i] = i % 10 == 0 ? 0.5 : Math.sqrt(i);
        }

        assertNotNull(RepeatedValues.of(mostlyRepeated, n / 3, ByteSink.CHUNK));
        assertNull(RepeatedValues.of(mostlyDistinct, n / 4, ByteSink.CHUNK));
    }
}
