package com.cartwise.domain.recommend.codec;

import java.util.Arrays;

/**
 * The distinct values of a long array of doubles, most frequent first, when there are few of them:
 * a pair's walk weight (the sum of 1 / order size over the orders holding both) is 1 / size for
 * most pairs, which are seen once, so a million-order model's 6 million weights hold some 40,000
 * values and the 128 most frequent cover 93 % of them. Written as an index into these values each
 * weight takes one byte instead of eight, and the store has a quarter of the bytes to compress.
 * Exact: the values are kept bit for bit.
 */
final class RepeatedValues {
    private static final int SAMPLE = 1 << 16;
    private final long[] slotBits;
    private final int[] slotValue; // a count while counting, then the index + 1; 0 marks an empty slot
    private final int mask;
    private final double[] distinct;

    private RepeatedValues(long[] slotBits, int[] slotValue, int mask, double[] distinct) {
        this.slotBits = slotBits;
        this.slotValue = slotValue;
        this.mask = mask;
        this.distinct = distinct;
    }

    /**
     * The distinct values of {@code values}, or null when there are more than {@code maxDistinct}
     * of them, or more than that share in an even sample of {@value #SAMPLE} of a long array:
     * decayed counts are nearly all distinct, and finding that out over millions of them cost a
     * table as large.
     */
    static RepeatedValues of(double[] values, int maxDistinct) {
        if (values.length > 4 * SAMPLE && !fewInSample(values, maxDistinct)) {
            return null;
        }
        Counting table = new Counting(64);
        for (double v : values) {
            if (!table.count(Double.doubleToRawLongBits(v), maxDistinct)) {
                return null;
            }
        }
        long[] bits = table.bits;
        int[] counts = table.counts;
        // most frequent first, ties by their bits: the same array always writes the same bytes
        Integer[] byRank = new Integer[table.found];
        for (int s = 0, n = 0; s < bits.length; s++) {
            if (counts[s] != 0) {
                byRank[n++] = s;
            }
        }
        Arrays.sort(byRank, (x, y) -> counts[x] != counts[y] ? Integer.compare(counts[y], counts[x]) : Long.compare(bits[x], bits[y]));
        double[] distinct = new double[byRank.length];
        for (int i = 0; i < distinct.length; i++) {
            int s = byRank[i];
            distinct[i] = Double.longBitsToDouble(bits[s]);
            counts[s] = i + 1;
        }
        return new RepeatedValues(bits, counts, bits.length - 1, distinct);
    }

    private static boolean fewInSample(double[] values, int maxDistinct) {
        int stride = values.length / SAMPLE;
        int limit = (int) ((long) maxDistinct * SAMPLE / values.length);
        Counting sample = new Counting(64);
        for (int i = 0; i < SAMPLE; i++) {
            if (!sample.count(Double.doubleToRawLongBits(values[i * stride]), limit)) {
                return false;
            }
        }
        return true;
    }

    /** Open addressing on the values' bits, grown at half full. */
    private static final class Counting {
        long[] bits;
        int[] counts;
        int found;

        Counting(int capacity) {
            bits = new long[capacity];
            counts = new int[capacity];
        }

        boolean count(long b, int maxDistinct) {
            int mask = bits.length - 1;
            int slot = slot(b, mask);
            while (counts[slot] != 0 && bits[slot] != b) {
                slot = (slot + 1) & mask;
            }
            if (counts[slot] != 0) {
                counts[slot]++;
                return true;
            }
            if (++found > maxDistinct) {
                return false;
            }
            bits[slot] = b;
            counts[slot] = 1;
            if (2 * found > bits.length) {
                grow();
            }
            return true;
        }

        private void grow() {
            long[] oldBits = bits;
            int[] oldCounts = counts;
            bits = new long[oldBits.length * 2];
            counts = new int[oldBits.length * 2];
            int mask = bits.length - 1;
            for (int s = 0; s < oldBits.length; s++) {
                if (oldCounts[s] != 0) {
                    int slot = slot(oldBits[s], mask);
                    while (counts[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    bits[slot] = oldBits[s];
                    counts[slot] = oldCounts[s];
                }
            }
        }
    }

    double[] distinct() {
        return distinct;
    }

    /** The index of a value of the array this was made of. */
    int indexOf(double value) {
        long b = Double.doubleToRawLongBits(value);
        int slot = slot(b, mask);
        while (slotValue[slot] != 0 && slotBits[slot] != b) {
            slot = (slot + 1) & mask;
        }
        if (slotValue[slot] == 0) {
            throw new IllegalArgumentException("not one of the values: " + value);
        }
        return slotValue[slot] - 1;
    }

    private static int slot(long bits, int mask) {
        long h = bits * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
