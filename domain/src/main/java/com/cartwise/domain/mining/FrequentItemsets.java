package com.cartwise.domain.mining;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * What FP-Growth found: every frequent itemset (items ascending) with its support count, in flat
 * arrays, plus the database and parameters they came from. Looks up the support of any of its
 * itemsets by content, which rule generation needs for every antecedent.
 */
public final class FrequentItemsets {
    private final TransactionDatabase database;
    private final MiningParameters parameters;
    private final int minCount;
    private final int[] offsets;
    private final int[] items;
    private final int[] supports;
    private volatile int[] index;

    FrequentItemsets(TransactionDatabase database, MiningParameters parameters, int minCount, int[] offsets, int[] items,
                     int[] supports) {
        this.database = database;
        this.parameters = parameters;
        this.minCount = minCount;
        this.offsets = offsets;
        this.items = items;
        this.supports = supports;
    }

    public TransactionDatabase database() {
        return database;
    }

    public MiningParameters parameters() {
        return parameters;
    }

    /** The absolute minimum support the itemsets were mined at. */
    public int minCount() {
        return minCount;
    }

    public int size() {
        return supports.length;
    }

    public int length(int i) {
        return offsets[i + 1] - offsets[i];
    }

    public int item(int i, int j) {
        return items[offsets[i] + j];
    }

    public int supportCount(int i) {
        return supports[i];
    }

    public Itemset itemset(int i) {
        return Itemset.trusted(Arrays.copyOfRange(items, offsets[i], offsets[i + 1]));
    }

    public FrequentItemset get(int i) {
        return new FrequentItemset(itemset(i), supports[i]);
    }

    /** A view of every itemset, in the order mining found them. */
    public List<FrequentItemset> asList() {
        return new AbstractList<>() {
            @Override
            public FrequentItemset get(int i) {
                return FrequentItemsets.this.get(i);
            }

            @Override
            public int size() {
                return supports.length;
            }
        };
    }

    /** The support count of an itemset, or 0 if it is not among the frequent ones. */
    public int supportOf(Itemset itemset) {
        int[] sorted = itemset.items();
        return supportOf(sorted, sorted.length);
    }

    /** The support count of the first {@code length} ascending ids of {@code sorted}, or 0 if not frequent. */
    int supportOf(int[] sorted, int length) {
        int[] table = index();
        int mask = table.length - 1;
        for (int slot = hash(sorted, 0, length) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            int i = table[slot] - 1;
            if (sameItems(i, sorted, length)) {
                return supports[i];
            }
        }
        return 0;
    }

    private boolean sameItems(int i, int[] sorted, int length) {
        return length == length(i) && Arrays.equals(items, offsets[i], offsets[i + 1], sorted, 0, length);
    }

    /** Open addressing over itemset positions + 1 (0 is empty), built on first use. */
    private int[] index() {
        if (index == null) {
            int[] table = new int[Integer.highestOneBit(Math.max(4, supports.length) * 2 - 1) << 1];
            int mask = table.length - 1;
            for (int i = 0; i < supports.length; i++) {
                int slot = hash(items, offsets[i], offsets[i + 1] - offsets[i]) & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = i + 1;
            }
            index = table;
        }
        return index;
    }

    private static int hash(int[] a, int from, int length) {
        int h = length;
        for (int k = from; k < from + length; k++) {
            h = (h ^ a[k]) * 0x9E3779B9;
        }
        // Murmur3's finaliser: ids are small and dense, so their plain polynomial would cluster
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h;
    }
}
