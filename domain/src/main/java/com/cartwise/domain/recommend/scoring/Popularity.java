package com.cartwise.domain.recommend.scoring;

import com.cartwise.domain.recommend.CoOccurrenceModel;
import java.util.Arrays;

/** Variants from best seller down: most orders first, ties by lower index. The baseline and the fallback. */
public final class Popularity {
    private final int[] order;

    private Popularity(int[] order) {
        this.order = order;
    }

    public static Popularity of(CoOccurrenceModel counts) {
        int n = counts.variants();
        // counts and indices both fit in 32 bits: sort one long per variant, no boxing
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) (Integer.MAX_VALUE - counts.orderCount(i)) << 32) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int r = 0; r < n; r++) {
            order[r] = (int) keys[r];
        }
        return new Popularity(order);
    }

    /** The variant at popularity rank {@code rank} (0 = best seller). */
    public int variantAt(int rank) {
        return order[rank];
    }

    public int size() {
        return order.length;
    }
}
