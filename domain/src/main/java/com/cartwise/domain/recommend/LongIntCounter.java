package com.cartwise.domain.recommend;

/**
 * Counts per long key without boxing: open addressing with linear probing. Training counts
 * millions of pairs, and a {@code HashMap<Long, Integer>} would box every increment.
 */
final class LongIntCounter {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int[] counts;
    private int size;

    LongIntCounter(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        counts = new int[capacity];
        java.util.Arrays.fill(keys, EMPTY);
    }

    void increment(long key) {
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            if (++size * 2 > keys.length) {
                counts[slot] = 1;
                grow();
                return;
            }
        }
        counts[slot]++;
    }

    int size() {
        return size;
    }

    /** Calls the visitor once for every key with its count, in no particular order. */
    void forEach(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                visitor.visit(keys[i], counts[i]);
            }
        }
    }

    interface Visitor {
        void visit(long key, int count);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        java.util.Arrays.fill(keys, EMPTY);
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = mix(oldKeys[i]) & mask;
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
