package com.cartwise.domain.mining;

import com.cartwise.domain.InvalidInputException;

/** An itemset and the number of baskets that contain all of its items. */
public record FrequentItemset(Itemset items, int supportCount) {
    public FrequentItemset {
        InvalidInputException.require(items != null, "items", "are required");
        InvalidInputException.require(supportCount >= 1, "support", "a frequent itemset occurs at least once, but was " + supportCount);
    }
}
