package com.cartwise.domain.recommend.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NeighbourTableTest {
    private static final double EXACT = 1e-12;

    /** Row 0 weighs 1..4 as 0.5, 0.9, 0.5, 0.1, and 5 as -1; every other row is empty. */
    private static final RowWeigher ROW_ZERO = (a, nb, w) -> {
        if (a != 0) {
            return 0;
        }
        int[] n = {1, 2, 3, 4, 5};
        double[] v = {0.5, 0.9, 0.5, 0.1, -1};
        System.arraycopy(n, 0, nb, 0, 5);
        System.arraycopy(v, 0, w, 0, 5);
        return 5;
    };

    private static int[] neighbours(NeighbourTable t, int a) {
        return Arrays.copyOfRange(t.neighboursArray(), t.rowStart(a), t.rowEnd(a));
    }

    @Test
    void keepsTheStrongestNeighboursAndOnATieTheLowerIndex() {
        // best two: 2 (0.9), then 1 and 3 tie at 0.5: 1 is kept
        NeighbourTable table = NeighbourTable.build(6, ROW_ZERO, 2);

        assertArrayEquals(new int[] {1, 2}, neighbours(table, 0));
        assertEquals(0.9, table.weight(0, 2), EXACT);
        assertEquals(0.5, table.weight(0, 1), EXACT);
        assertEquals(0.0, table.weight(0, 3), EXACT);
    }

    @Test
    void neverKeepsAWeightOfZeroOrLess() {
        NeighbourTable table = NeighbourTable.build(6, ROW_ZERO, 100);

        assertArrayEquals(new int[] {1, 2, 3, 4}, neighbours(table, 0));
        assertEquals(4, table.entries());
    }

    @Test
    void aStoredTableThatBreaksItsRulesIsCorrupt() {
        // a neighbour out of range, descending neighbours, a non-positive weight, a self-pair
        assertThrows(IllegalArgumentException.class, () -> NeighbourTable.fromParts(new int[] {0, 1, 1}, new int[] {5}, new double[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> NeighbourTable.fromParts(new int[] {0, 2, 2, 2}, new int[] {2, 1}, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> NeighbourTable.fromParts(new int[] {0, 1, 1}, new int[] {1}, new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> NeighbourTable.fromParts(new int[] {0, 1, 1}, new int[] {0}, new double[] {1}));
    }

    @Test
    void reportsTheMemoryItsArraysHold() {
        NeighbourTable table = NeighbourTable.build(6, ROW_ZERO, 100);

        // 7 row offsets * 4 + 4 neighbours * 4 + 4 weights * 8
        assertEquals(28 + 16 + 32, table.bytes());
    }
}
