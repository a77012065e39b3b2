package com.cartwise.domain.mining;

import com.cartwise.domain.InvalidInputException;

/**
 * What a transaction database does with a basket of more than {@code maxItems} distinct items.
 * Such baskets (a wholesale order, a stock transfer booked as a sale) say little about what
 * shoppers buy together, while each one alone makes 2^size subsets frequent if it repeats.
 *
 * @param maxItems the most distinct items a basket may have to be mined
 * @param policy   {@link Oversized#SKIP} leaves such baskets out (they are counted and reported, and
 *                 are not part of the support denominator); {@link Oversized#REJECT} stops
 *                 building with a {@link MiningLimitExceededException}
 */
public record BasketSizeLimit(int maxItems, Oversized policy) {
    /** Every basket of fimi-retail (largest: 76 items) and of any shop's real orders fits. */
    public static final BasketSizeLimit DEFAULT = new BasketSizeLimit(500, Oversized.SKIP);

    public enum Oversized { SKIP, REJECT }

    public BasketSizeLimit {
        InvalidInputException.require(maxItems >= 1, "max_basket_size", "must be at least 1, but was " + maxItems);
        InvalidInputException.require(policy != null, "oversized_baskets", "is required");
    }
}
