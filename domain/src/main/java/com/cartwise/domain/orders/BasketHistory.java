package com.cartwise.domain.orders;

import java.util.List;

/**
 * A shop's orders as baskets of catalogue variants, oldest first, with the counts of what could
 * not be resolved.
 */
public record BasketHistory(Baskets baskets, long orders, long lines, long unresolvedLines) {
    public BasketHistory {
        baskets = baskets == null ? Baskets.empty() : baskets;
    }

    /** The same history from baskets one by one, as tests and small callers have them. */
    public BasketHistory(List<Basket> baskets, long orders, long lines, long unresolvedLines) {
        this(Baskets.of(baskets), orders, lines, unresolvedLines);
    }
}
