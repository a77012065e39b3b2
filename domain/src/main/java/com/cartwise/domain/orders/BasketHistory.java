package com.cartwise.domain.orders;

import java.util.List;

/** A shop's orders as baskets of catalogue variants, with the counts of what could not be resolved. */
public record BasketHistory(List<Basket> baskets, long orders, long lines, long unresolvedLines) {
    public BasketHistory {
        baskets = List.copyOf(baskets);
    }
}
