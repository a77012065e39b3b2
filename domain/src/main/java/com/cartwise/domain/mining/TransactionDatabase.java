package com.cartwise.domain.mining;

import com.cartwise.domain.InvalidInputException;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * The baskets to mine, as sets of dense item ids 0..itemCount-1 in compressed rows (one flat
 * array of items, one of offsets), with each dense id's external id (a Cartwise variant id, or
 * an item number of a basket file). Dense ids are given in order of first appearance. Immutable.
 */
public final class TransactionDatabase {
    private final int[] offsets;
    private final int[] items;
    private final long[] externalIds;
    private final int[] supports;
    private final int skippedBaskets;
    private final LongIntMap denseIds;

    private TransactionDatabase(int[] offsets, int[] items, long[] externalIds, int skippedBaskets, LongIntMap denseIds) {
        this.offsets = offsets;
        this.items = items;
        this.externalIds = externalIds;
        this.skippedBaskets = skippedBaskets;
        this.denseIds = denseIds;
        this.supports = new int[externalIds.length];
        for (int item : items) {
            supports[item]++;
        }
    }

    public static Builder builder() {
        return new Builder(BasketSizeLimit.DEFAULT);
    }

    public static Builder builder(BasketSizeLimit limit) {
        return new Builder(limit);
    }

    /** The number of baskets mined: N, the denominator of every support. */
    public int transactionCount() {
        return offsets.length - 1;
    }

    public int itemCount() {
        return externalIds.length;
    }

    /** Baskets left out by the {@link BasketSizeLimit} (not part of N). */
    public int skippedBaskets() {
        return skippedBaskets;
    }

    public int transactionLength(int transaction) {
        return offsets[transaction + 1] - offsets[transaction];
    }

    /** The {@code j}-th item of a basket; a basket's items are distinct and ascending. */
    public int item(int transaction, int j) {
        return items[offsets[transaction] + j];
    }

    /** A copy of a basket's dense item ids, ascending. */
    public int[] transaction(int transaction) {
        return Arrays.copyOfRange(items, offsets[transaction], offsets[transaction + 1]);
    }

    /** In how many baskets an item occurs. */
    public int support(int item) {
        return supports[item];
    }

    public long externalId(int item) {
        return externalIds[item];
    }

    public OptionalInt denseIdOf(long externalId) {
        int dense = denseIds.get(externalId);
        return dense == LongIntMap.ABSENT ? OptionalInt.empty() : OptionalInt.of(dense);
    }

    /** The total number of item occurrences over all baskets. */
    public long itemOccurrences() {
        return items.length;
    }

    /** Collects baskets of external ids; duplicates within a basket count once. Not thread-safe. */
    public static final class Builder {
        private final BasketSizeLimit limit;
        private final LongIntMap denseIds = new LongIntMap(1024);
        private long[] externalIds = new long[1024];
        private int[] offsets = new int[1024];
        private int[] items = new int[4096];
        private int transactions;
        private int skipped;
        private int[] scratch = new int[64];

        private Builder(BasketSizeLimit limit) {
            InvalidInputException.require(limit != null, "basket_size_limit", "is required");
            this.limit = limit;
        }

        /** Adds one basket; an empty one is ignored (it holds no itemset). */
        public Builder add(long... basket) {
            return add(basket, basket.length);
        }

        /** Adds the first {@code length} ids of {@code basket}; the array is not kept. */
        public Builder add(long[] basket, int length) {
            if (length == 0) {
                return this;
            }
            if (scratch.length < length) {
                scratch = new int[Math.max(length, scratch.length * 2)];
            }
            for (int i = 0; i < length; i++) {
                scratch[i] = denseIdOf(basket[i]);
            }
            Arrays.sort(scratch, 0, length);
            int distinct = 1;
            for (int i = 1; i < length; i++) {
                if (scratch[i] != scratch[distinct - 1]) {
                    scratch[distinct++] = scratch[i];
                }
            }
            if (distinct > limit.maxItems()) {
                oversized(distinct);
                return this;
            }
            append(distinct);
            return this;
        }

        public int transactionCount() {
            return transactions;
        }

        public TransactionDatabase build() {
            int[] finalOffsets = Arrays.copyOf(offsets, transactions + 1);
            int[] finalItems = Arrays.copyOf(items, finalOffsets[transactions]);
            return new TransactionDatabase(finalOffsets, finalItems, Arrays.copyOf(externalIds, denseIds.size()), skipped, denseIds);
        }

        private int denseIdOf(long externalId) {
            int next = denseIds.size();
            int dense = denseIds.putIfAbsent(externalId, next);
            if (dense == next) {
                if (next == externalIds.length) {
                    externalIds = Arrays.copyOf(externalIds, next * 2);
                }
                externalIds[next] = externalId;
            }
            return dense;
        }

        private void oversized(int distinct) {
            if (limit.policy() == BasketSizeLimit.Oversized.REJECT) {
                throw new MiningLimitExceededException("mining.basket_too_large", "max_basket_size", limit.maxItems(),
                        "Basket " + (transactions + skipped + 1) + " has " + distinct + " distinct items, more than max_basket_size = "
                                + limit.maxItems() + ". Raise max_basket_size, or skip such baskets (oversized_baskets = skip).");
            }
            skipped++;
        }

        private void append(int distinct) {
            if (transactions + 2 > offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            int start = offsets[transactions];
            if (start + distinct > items.length) {
                items = Arrays.copyOf(items, Math.max(start + distinct, items.length * 2));
            }
            System.arraycopy(scratch, 0, items, start, distinct);
            offsets[++transactions] = start + distinct;
        }
    }
}
