package com.cartwise.application.port;

import com.cartwise.domain.orders.BasketHistory;
import com.cartwise.domain.orders.Baskets;
import com.cartwise.domain.shop.ShopId;

/** A shop's past orders, as the recommender learns from them. Imports write them (see {@link ImportStaging}). */
public interface OrderHistory {

    /**
     * Every order that counts as a sale as a basket of catalogue variants, oldest first (ties by
     * order name, in byte order). A cancelled order, a returned line and a refunded line are left
     * out; a line that matches no variant (see {@code LineResolution}) is left out but counted; an
     * order with no line left makes no basket but is counted.
     */
    BasketHistory baskets(ShopId shop);

    /**
     * As {@link #baskets(ShopId)}, for the orders numbered after {@code afterOrderId} only: the ones
     * an import just added (orders are numbered in the order a shop's imports add them), so that a
     * served model can learn them without a full training.
     */
    BasketHistory baskets(ShopId shop, long afterOrderId);

    /**
     * Reads about {@code orders} made-up orders by the same code as {@link #baskets(ShopId)},
     * touching no shop, and returns them: a starting instance does this once so that its first
     * training does not pay for the read's first use. A store without such a cost reads nothing
     * and returns an empty history.
     */
    default BasketHistory rehearse(int orders) {
        return new BasketHistory(Baskets.empty(), 0, 0, 0);
    }
}
