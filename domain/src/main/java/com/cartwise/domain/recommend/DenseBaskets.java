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
        return of(baskets, distinctAscending(baskets.variantIdsInOrder()));
    }

    /** The baskets' variants numbered by their position in {@code sortedIds}; -1 for one it lacks. */
    public static DenseBaskets of(Baskets baskets, long[] sortedIds) {
        long[] lines = baskets.variantIdsInOrder();
        int[] items = new int[baskets.lines()];
        int[] byOffset = directIndex(sortedIds);
        if (byOffset != null) {
            long first = sortedIds[0];
            IntStream.range(0, items.length).parallel().forEach(i -> {
                long offset = lines[i] - first;
                items[i] = offset >= 0 && offset < byOffset.length ? byOffset[(int) offset] : -1;
            });
        } else {
            IntStream.range(0, items.length).parallel().forEach(i -> {
                int index = Arrays.binarySearch(sortedIds, lines[i]);
                items[i] = index >= 0 ? index : -1;
            });
        }
        int[] start = new int[baskets.size() + 1];
        long[] seconds = new long[baskets.size()];
        for (int u = 0; u < baskets.size(); u++) {
            start[u + 1] = baskets.offset(u) + baskets.basketSize(u);
            seconds[u] = baskets.placedAtEpochSecond(u);
        }
        return new DenseBaskets(sortedIds, items, start, seconds);
    }

    /**
     * A shop's variant ids are numbered as its catalogue was imported, so they mostly fill a range
     * barely wider than their count: then a table over the range numbers them, and a line costs
     * one array read instead of a binary search (a tenth of a million-order training went to
     * those searches). Null when the range is too sparse for that.
     */
    private static int[] directIndex(long[] sortedIds) {
        if (sortedIds.length == 0 || !denseEnough(sortedIds[0], sortedIds[sortedIds.length - 1], sortedIds.length)) {
            return null;
        }
        int[] byOffset = new int[(int) (sortedIds[sortedIds.length - 1] - sortedIds[0] + 1)];
        Arrays.fill(byOffset, -1);
        for (int i = 0; i < sortedIds.length; i++) {
            byOffset[(int) (sortedIds[i] - sortedIds[0])] = i;
        }
        return byOffset;
    }

    /** A range at most four times the ids' count (or a million slots) is tabled. */
    private static boolean denseEnough(long min, long max, int count) {
        long range = max - min + 1;
        return range > 0 && range <= Math.max(4L * count, 1L << 20);
    }

    private static long[] distinctAscending(long[] ids) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long id : ids) {
            min = Math.min(min, id);
            max = Math.max(max, id);
        }
        if (ids.length > 0 && denseEnough(min, max, ids.length)) {
            boolean[] present = new boolean[(int) (max - min + 1)];
            for (long id : ids) {
                present[(int) (id - min)] = true;
            }
            int distinct = 0;
            for (boolean p : present) {
                distinct += p ? 1 : 0;
            }
            long[] sorted = new long[distinct];
            for (int offset = 0, i = 0; offset < present.length; offset++) {
                if (present[offset]) {
                    sorted[i++] = min + offset;
                }
            }
            return sorted;
        }
        long[] sorted = ids.clone();
        Arrays.parallelSort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, distinct);
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
