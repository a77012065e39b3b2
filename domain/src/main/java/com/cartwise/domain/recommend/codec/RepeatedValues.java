package com.cartwise.domain.recommend.codec;

import com.cartwise.domain.recommend.AllCores;
import java.util.Arrays;

/**
 * The distinct values of a long array of doubles, most frequent first, when there are few of them:
 * a pair's walk weight (the sum of 1 / order size over the orders holding both) is 1 / size for
 * most pairs, which are seen once, so a million-order model's 6 million weights hold some 40,000
 * values and the 128 most frequent cover 93 % of them. Written as an index into these values each
 * weight takes one byte instead of eight, and the stored model a third of the bytes.
 * Exact: the values are kept bit for bit.
 */
final class RepeatedValues {
    private static final int SAMPLE = 1 << 16;
    /** Each distinct value's bits, marked with its index + 1 once ranked. */
    private final Table table;
    private final double[] distinct;

    private RepeatedValues(Table table, double[] distinct) {
        this.table = table;
        this.distinct = distinct;
    }

    /**
     * The distinct values of {@code values}, or null when there are more than {@code maxDistinct}
     * of them, or more than that share in an even sample of {@value #SAMPLE} of a long array:
     * decayed counts are nearly all distinct, and finding that out over millions of them cost a
     * table as large. Counted {@code chunk} values at a time on all cores, each chunk in a table
     * of its own, the tables then added up: the same counts, so the same values in the same order.
     */
    static RepeatedValues of(double[] values, int maxDistinct, int chunk) {
        if (values.length > 4 * SAMPLE && !fewInSample(values, maxDistinct)) {
            return null;
        }
        Table table = counted(values, maxDistinct, chunk);
        if (table == null) {
            return null;
        }
        long[] bits = table.bits;
        int[] marks = table.marks;
        // most frequent first, ties by their bits: the same array always writes the same bytes
        Integer[] byRank = new Integer[table.found];
        for (int s = 0, n = 0; s < bits.length; s++) {
            if (marks[s] != 0) {
                byRank[n++] = s;
            }
        }
        Arrays.sort(byRank, (x, y) -> marks[x] != marks[y] ? Integer.compare(marks[y], marks[x]) : Long.compare(bits[x], bits[y]));
        double[] distinct = new double[byRank.length];
        for (int i = 0; i < distinct.length; i++) {
            int s = byRank[i];
            distinct[i] = Double.longBitsToDouble(bits[s]);
            marks[s] = i + 1;
        }
        return new RepeatedValues(table, distinct);
    }

    /** Every value counted, or null past {@code maxDistinct} distinct values. */
    private static Table counted(double[] values, int maxDistinct, int chunk) {
        int chunks = (int) ((values.length + (long) chunk - 1) / chunk);
        if (chunks <= 1) {
            return countedInOne(values, 0, values.length, maxDistinct);
        }
        Table[] parts = new Table[chunks];
        AllCores.forEach(chunks, 1, c -> parts[c] = countedInOne(values, c * chunk,
                (int) Math.min(values.length, (long) (c + 1) * chunk), maxDistinct));
        Table whole = new Table();
        for (Table part : parts) {
            // a chunk with too many distinct values has no table, and then neither has the whole
            if (part == null) {
                return null;
            }
            for (int s = 0; s < part.bits.length; s++) {
                if (part.marks[s] != 0 && !whole.count(part.bits[s], part.marks[s], maxDistinct)) {
                    return null;
                }
            }
        }
        return whole;
    }

    private static Table countedInOne(double[] values, int from, int to, int maxDistinct) {
        Table table = new Table();
        for (int i = from; i < to; i++) {
            if (!table.count(Double.doubleToRawLongBits(values[i]), 1, maxDistinct)) {
                return null;
            }
        }
        return table;
    }

    private static boolean fewInSample(double[] values, int maxDistinct) {
        int stride = values.length / SAMPLE;
        int limit = (int) ((long) maxDistinct * SAMPLE / values.length);
        Table sample = new Table();
        for (int i = 0; i < SAMPLE; i++) {
            if (!sample.count(Double.doubleToRawLongBits(values[i * stride]), 1, limit)) {
                return false;
            }
        }
        return true;
    }

    double[] distinct() {
        return distinct;
    }

    /** The index of a value of the array this was made of. */
    int indexOf(double value) {
        int slot = table.find(Double.doubleToRawLongBits(value));
        if (table.marks[slot] == 0) {
            throw new IllegalArgumentException("not one of the values: " + value);
        }
        return table.marks[slot] - 1;
    }

    /** Open addressing on the values' bits, grown at half full; a mark of 0 is an empty slot. */
    private static final class Table {
        long[] bits = new long[64];
        /** A count while counting, then the value's index + 1. */
        int[] marks = new int[64];
        int found;

        /** Counts {@code times} more of {@code b}; false when that makes more than {@code maxDistinct} values. */
        boolean count(long b, int times, int maxDistinct) {
            int slot = find(b);
            if (marks[slot] != 0) {
                marks[slot] += times;
                return true;
            }
            if (++found > maxDistinct) {
                return false;
            }
            bits[slot] = b;
            marks[slot] = times;
            if (2 * found > bits.length) {
                grow();
            }
            return true;
        }

        /** The slot holding {@code b}, or the empty one where it would go. */
        int find(long b) {
            int mask = bits.length - 1;
            long h = b * 0x9E3779B97F4A7C15L;
            int slot = (int) (h ^ (h >>> 32)) & mask;
            while (marks[slot] != 0 && bits[slot] != b) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            long[] oldBits = bits;
            int[] oldMarks = marks;
            bits = new long[oldBits.length * 2];
            marks = new int[oldBits.length * 2];
            for (int s = 0; s < oldBits.length; s++) {
                if (oldMarks[s] != 0) {
                    int slot = find(oldBits[s]);
                    bits[slot] = oldBits[s];
                    marks[slot] = oldMarks[s];
                }
            }
        }
    }
}
