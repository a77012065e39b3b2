package com.cartwise.domain.recommend;

import com.cartwise.domain.orders.Baskets;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Baskets whose variants are dense indices into one sorted array of variant ids: what counting,
 * evaluation and training loop over. A variant the ids do not hold is -1.
 */
public final class DenseBaskets {
    private final long[] variantIds;
    private final int[] items;
    private final int[] start;
    private final long[] epochSeconds;

    private DenseBaskets(long[] variantIds, int[] items, int[] start, long[] epochSeconds) {
        this.variantIds = variantIds;
        this.items = items;
        this.start = start;
        this.epochSeconds = epochSeconds;
    }

    /** Every variant the baskets hold, numbered in ascending id order. */
    public static DenseBaskets of(Baskets baskets) {
        long[] ids = baskets.variantIdsInOrder().clone();
        Arrays.parallelSort(ids);
        int distinct = 0;
        for (int i = 0; i < ids.length; i++) {
            if (i == 0 || ids[i] != ids[i - 1]) {
                ids[distinct++] = ids[i];
            }
        }
        return of(baskets, Arrays.copyOf(ids, distinct));
    }

    /** The baskets' variants numbered by their position in {@code sortedIds}; -1 for one it lacks. */
    public static DenseBaskets of(Baskets baskets, long[] sortedIds) {
        long[] lines = baskets.variantIdsInOrder();
        int[] items = new int[baskets.lines()];
        IntStream.range(0, items.length).parallel().forEach(i -> {
            int index = Arrays.binarySearch(sortedIds, lines[i]);
            items[i] = index >= 0 ? index : -1;
        });
        int[] start = new int[baskets.size() + 1];
        long[] seconds = new long[baskets.size()];
        for (int u = 0; u < baskets.size(); u++) {
            start[u + 1] = baskets.offset(u) + baskets.basketSize(u);
            seconds[u] = baskets.placedAtEpochSecond(u);
        }
        return new DenseBaskets(sortedIds, items, start, seconds);
    }

    public int size() {
        return epochSeconds.length;
    }

    /** The variant ids the indices point into, ascending. Not a copy: do not change. */
    public long[] variantIds() {
        return variantIds;
    }

    public int variants() {
        return variantIds.length;
    }

    public int basketSize(int basket) {
        return start[basket + 1] - start[basket];
    }

    public int item(int basket, int position) {
        return items[start[basket] + position];
    }

    /** Where the basket's items begin in {@link #items()}. */
    public int offset(int basket) {
        return start[basket];
    }

    /** Every basket's items one after the other. Not a copy: do not change. */
    public int[] items() {
        return items;
    }

    public long placedAtEpochSecond(int basket) {
        return epochSeconds[basket];
    }
}
