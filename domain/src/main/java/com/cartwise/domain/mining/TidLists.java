package com.cartwise.domain.mining;

import java.util.Arrays;

/**
 * The vertical view of a database: for each item, the ascending ids of the baskets that hold it.
 * Counting the baskets that hold a whole set is then an intersection of sorted lists, which is
 * how bundle candidates from any source get the same co-purchase evidence.
 */
public final class TidLists {
    private final TransactionDatabase database;
    private final int[] offsets;
    private final int[] tids;

    private TidLists(TransactionDatabase database, int[] offsets, int[] tids) {
        this.database = database;
        this.offsets = offsets;
        this.tids = tids;
    }

    public static TidLists of(TransactionDatabase database) {
        int items = database.itemCount();
        int[] offsets = new int[items + 1];
        for (int item = 0; item < items; item++) {
            offsets[item + 1] = offsets[item] + database.support(item);
        }
        int[] fill = offsets.clone();
        int[] tids = new int[offsets[items]];
        for (int t = 0; t < database.transactionCount(); t++) {
            for (int j = 0; j < database.transactionLength(t); j++) {
                int item = database.item(t, j);
                tids[fill[item]++] = t;
            }
        }
        return new TidLists(database, offsets, tids);
    }

    public TransactionDatabase database() {
        return database;
    }

    public int support(int item) {
        return offsets[item + 1] - offsets[item];
    }

    /** Copies the basket ids of {@code item}, ascending, to the start of {@code out}. */
    public void copyBaskets(int item, int[] out) {
        System.arraycopy(tids, offsets[item], out, 0, support(item));
    }

    /** The number of baskets holding every one of {@code items} (dense ids); the support of one item for one. */
    public int together(int... items) {
        if (items.length == 0) {
            return database.transactionCount();
        }
        int rarest = 0;
        for (int i = 1; i < items.length; i++) {
            if (support(items[i]) < support(items[rarest])) {
                rarest = i;
            }
        }
        int count = 0;
        int[] cursor = new int[items.length];
        outer:
        for (int k = offsets[items[rarest]]; k < offsets[items[rarest] + 1]; k++) {
            int t = tids[k];
            for (int i = 0; i < items.length; i++) {
                if (i != rarest && !advanceTo(items[i], cursor, i, t)) {
                    continue outer;
                }
            }
            count++;
        }
        return count;
    }

    /**
     * Moves list {@code i}'s cursor to the first basket id >= t; whether it is t. Gallops (doubling
     * steps, then a binary search), so intersecting a rare item with a best seller costs the
     * rare item's length times a logarithm, not the best seller's length.
     */
    private boolean advanceTo(int item, int[] cursor, int i, int t) {
        int start = offsets[item];
        int end = offsets[item + 1];
        int lo = start + cursor[i];
        if (lo >= end || tids[lo] >= t) {
            return lo < end && tids[lo] == t;
        }
        int step = 1;
        int hi = lo + 1;
        while (hi < end && tids[hi] < t) {
            lo = hi;
            step <<= 1;
            hi = lo + step;
        }
        int k = Arrays.binarySearch(tids, lo + 1, Math.min(hi + 1, end), t);
        int found = k >= 0 ? k : -k - 1;
        cursor[i] = found - start;
        return found < end && tids[found] == t;
    }
}
