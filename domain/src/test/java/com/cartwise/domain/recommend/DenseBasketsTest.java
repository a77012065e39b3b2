package com.cartwise.domain.recommend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.cartwise.domain.orders.Baskets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DenseBasketsTest {

    private static Baskets baskets(long[]... orders) {
        Baskets.Builder builder = Baskets.builder();
        for (long[] order : orders) {
            builder.add(Instant.EPOCH, order);
        }
        return builder.build();
    }

    @Test
    void numbersTheVariantsOfAShopsIdRangeInAscendingIdOrder() {
        DenseBaskets dense = DenseBaskets.of(baskets(new long[] {1005, 1001}, new long[] {1003, 1005, 1002}));

        assertArrayEquals(new long[] {1001, 1002, 1003, 1005}, dense.variantIds());
        assertArrayEquals(new int[] {3, 0, 2, 3, 1}, dense.items());
    }

    @Test
    void numbersIdsTooFarApartForATableTheSameWay() {
        long far = 1L << 40;
        DenseBaskets dense = DenseBaskets.of(baskets(new long[] {far, 7}, new long[] {3 * far, 7, far}));

        assertArrayEquals(new long[] {7, far, 3 * far}, dense.variantIds());
        assertArrayEquals(new int[] {1, 0, 2, 0, 1}, dense.items());
    }

    @Test
    void aVariantTheGivenIdsLackIsMinusOneInsideTheirRangeAndOutsideIt() {
        Baskets later = baskets(new long[] {12, 11, 99, 10}, new long[] {Long.MAX_VALUE, 1});

        DenseBaskets dense = DenseBaskets.of(later, new long[] {10, 12, 13});

        assertArrayEquals(new int[] {1, -1, -1, 0, -1, -1}, dense.items());
    }

    @Test
    void aVariantTheGivenSparseIdsLackIsMinusOne() {
        long far = 1L << 40;

        DenseBaskets dense = DenseBaskets.of(baskets(new long[] {far, 5, 2 * far}), new long[] {5, 2 * far});

        assertArrayEquals(new int[] {-1, 0, 1}, dense.items());
    }
}
