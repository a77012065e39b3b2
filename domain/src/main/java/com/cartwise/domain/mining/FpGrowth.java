package com.cartwise.domain.mining;

import java.util.Arrays;

/**
 * Frequent itemsets by FP-Growth (Han, Pei and Yin, SIGMOD 2000): the baskets are compressed
 * into a prefix tree of frequent items in descending order of frequency, and each item's
 * conditional tree (the paths that end in it) is mined recursively, without generating candidates.
 * Trees are parallel int arrays; a tree that is a single path yields all combinations of its
 * nodes directly. Deterministic: the same database and parameters give the same itemsets in the
 * same order.
 */
public final class FpGrowth {
    private FpGrowth() {
    }

    public static FrequentItemsets mine(TransactionDatabase database, MiningParameters parameters) {
        return mine(database, parameters, Progress.NONE);
    }

    /**
     * Mines every itemset of at most {@code maxLength} items that occurs in at least the minimum
     * support of baskets. Reports progress per top-level item and stops at a checkpoint when
     * cancelled.
     *
     * @throws MiningLimitExceededException when a {@link MiningLimits} cap is reached
     * @throws WorkCancelledException       when the caller cancelled
     */
    public static FrequentItemsets mine(TransactionDatabase database, MiningParameters parameters, Progress progress) {
        int minCount = parameters.minSupport().countFor(database.transactionCount());
        int[] itemOfRank = frequentItemsByDescendingSupport(database, minCount);
        String context = "at a minimum support of " + parameters.minSupport() + " (" + minCount + " of "
                + database.transactionCount() + " baskets)";
        if (itemOfRank.length > parameters.limits().maxFrequentItems()) {
            throw new MiningLimitExceededException("mining.too_many_frequent_items", "max_frequent_items",
                    parameters.limits().maxFrequentItems(),
                    itemOfRank.length + " items reach a minimum support of " + parameters.minSupport() + " (" + minCount + " of "
                            + database.transactionCount() + " baskets), more than max_frequent_items = "
                            + parameters.limits().maxFrequentItems() + ". Raise the minimum support, or raise max_frequent_items.");
        }
        ItemsetSink sink = new ItemsetSink(itemOfRank, parameters.limits().maxItemsets(), context);
        FpTree tree = globalTree(database, itemOfRank);
        new ConditionalMining(sink, minCount, parameters.maxLength(), itemOfRank.length).mineTop(tree, progress);
        progress.report(1.0);
        return sink.result(database, parameters, minCount);
    }

    /** Dense ids of the items with at least {@code minCount} baskets, most frequent first (ties: lower id first). */
    private static int[] frequentItemsByDescendingSupport(TransactionDatabase database, int minCount) {
        int frequent = 0;
        for (int item = 0; item < database.itemCount(); item++) {
            if (database.support(item) >= minCount) {
                frequent++;
            }
        }
        // Sort (support, id) packed in a long: descending support, ascending id, no boxing.
        long[] keyed = new long[frequent];
        int k = 0;
        for (int item = 0; item < database.itemCount(); item++) {
            if (database.support(item) >= minCount) {
                keyed[k++] = ((long) (Integer.MAX_VALUE - database.support(item)) << 32) | item;
            }
        }
        Arrays.sort(keyed);
        int[] itemOfRank = new int[frequent];
        for (int r = 0; r < frequent; r++) {
            itemOfRank[r] = (int) keyed[r];
        }
        return itemOfRank;
    }

    private static FpTree globalTree(TransactionDatabase database, int[] itemOfRank) {
        int[] rankOf = new int[database.itemCount()];
        Arrays.fill(rankOf, -1);
        for (int r = 0; r < itemOfRank.length; r++) {
            rankOf[itemOfRank[r]] = r;
        }
        int maxNodes = 0;
        int longest = 0;
        for (int t = 0; t < database.transactionCount(); t++) {
            int kept = 0;
            for (int j = 0; j < database.transactionLength(t); j++) {
                if (rankOf[database.item(t, j)] >= 0) {
                    kept++;
                }
            }
            maxNodes += kept;
            longest = Math.max(longest, kept);
        }
        int[] identity = new int[itemOfRank.length];
        Arrays.setAll(identity, r -> r);
        FpTree tree = new FpTree(identity, maxNodes);
        int[] path = new int[longest];
        for (int t = 0; t < database.transactionCount(); t++) {
            int length = 0;
            for (int j = 0; j < database.transactionLength(t); j++) {
                int r = rankOf[database.item(t, j)];
                if (r >= 0) {
                    path[length++] = r;
                }
            }
            Arrays.sort(path, 0, length);
            tree.insert(path, length, 1);
        }
        return tree;
    }
}
