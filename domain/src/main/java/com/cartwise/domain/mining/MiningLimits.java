package com.cartwise.domain.mining;

import com.cartwise.domain.InvalidInputException;

/**
 * Guards against combinatorial explosion. A low minimum support on many items, or a few large
 * baskets repeated, can make the number of frequent itemsets (and rules) grow exponentially; each
 * cap stops mining with a {@link MiningLimitExceededException} that names it, long before the
 * results could exhaust memory.
 *
 * @param maxFrequentItems how many distinct items may reach the minimum support; checked before
 *                         the tree is built, so a far too low support fails at once
 * @param maxItemsets      how many frequent itemsets mining may produce
 * @param maxRules         how many association rules may be derived from them
 */
public record MiningLimits(int maxFrequentItems, int maxItemsets, int maxRules) {
    /**
     * A million itemsets hold about 30 MB of flat arrays, and a million rules about 200 MB of
     * objects: large enough for any real shop (fimi-retail at 0.1% has under 8,000 itemsets) and
     * small enough for the default 2 GB heap. 100,000 frequent items is more than any catalogue
     * that reaches a support worth mining.
     */
    public static final MiningLimits DEFAULTS = new MiningLimits(100_000, 1_000_000, 1_000_000);

    public MiningLimits {
        InvalidInputException.require(maxFrequentItems >= 1, "max_frequent_items", "must be at least 1, but was " + maxFrequentItems);
        InvalidInputException.require(maxItemsets >= 1, "max_itemsets", "must be at least 1, but was " + maxItemsets);
        InvalidInputException.require(maxRules >= 1, "max_rules", "must be at least 1, but was " + maxRules);
    }
}
