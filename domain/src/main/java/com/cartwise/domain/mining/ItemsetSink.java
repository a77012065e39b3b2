package com.cartwise.domain.mining;

import java.util.Arrays;

/**
 * Where FP-Growth writes the itemsets it finds: flat arrays of dense item ids (each itemset
 * ascending) and supports. Refuses the itemset after {@code maxItemsets}, so a run that would
 * explode stops with a clear message while its memory is still small.
 */
final class ItemsetSink {
    private final int[] itemOfRank;
    private final int maxItemsets;
    private final String context;
    private int[] items = new int[1024];
    private int[] offsets = new int[257];
    private int[] supports = new int[256];
    private int count;

    ItemsetSink(int[] itemOfRank, int maxItemsets, String context) {
        this.itemOfRank = itemOfRank;
        this.maxItemsets = maxItemsets;
        this.context = context;
    }

    int count() {
        return count;
    }

    /** Adds the itemset of the first {@code length} global ranks in {@code ranks}. */
    void add(int[] ranks, int length, int support) {
        ensureRoom(1, length);
        int start = offsets[count];
        for (int i = 0; i < length; i++) {
            int item = itemOfRank[ranks[i]];
            int j = start + i;
            while (j > start && items[j - 1] > item) {
                items[j] = items[j - 1];
                j--;
            }
            items[j] = item;
        }
        supports[count] = support;
        offsets[++count] = start + length;
    }

    /** Fails now if {@code more} itemsets would pass the limit. */
    void expect(long more) {
        if (more > maxItemsets - count) {
            throw new MiningLimitExceededException("mining.too_many_itemsets", "max_itemsets", maxItemsets,
                    "Mining " + context + " finds more than max_itemsets = " + maxItemsets + " frequent itemsets. "
                            + "Raise the minimum support, set a maximum itemset length, or raise max_itemsets.");
        }
    }

    FrequentItemsets result(TransactionDatabase database, MiningParameters parameters, int minCount) {
        return new FrequentItemsets(database, parameters, minCount, Arrays.copyOf(offsets, count + 1),
                Arrays.copyOf(items, offsets[count]), Arrays.copyOf(supports, count));
    }

    private void ensureRoom(int itemsets, int length) {
        expect(itemsets);
        if (count + itemsets >= supports.length) {
            supports = Arrays.copyOf(supports, supports.length * 2);
            offsets = Arrays.copyOf(offsets, supports.length + 1);
        }
        if (offsets[count] + length > items.length) {
            items = Arrays.copyOf(items, Math.max(items.length * 2, offsets[count] + length));
        }
    }
}
