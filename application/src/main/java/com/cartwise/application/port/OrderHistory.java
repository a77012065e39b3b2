package com.cartwise.application.port;

import com.cartwise.domain.orders.BasketHistory;
import com.cartwise.domain.orders.Order;
import com.cartwise.domain.shop.ShopId;
import java.util.Iterator;

/** A shop's past orders. */
public interface OrderHistory {

    /**
     * Stores the orders; an order whose name the shop already has replaces the stored one, so
     * importing the same export twice changes nothing. Consumes the iterator to the end; an
     * exception from it propagates (the caller's transaction then undoes everything).
     */
    OrdersImportSummary record(ShopId shop, Iterator<Order> orders);

    /**
     * Every order as a basket of catalogue variants, oldest first (ties by order name). A line
     * resolves to a variant by Shopify variant id, else by a SKU that exactly one variant has,
     * else by its name (see {@code Variant.lineName()}); orders with no resolved line are left out
     * of the baskets but counted.
     */
    BasketHistory baskets(ShopId shop);

    record OrdersImportSummary(long rows, long ordersAdded, long ordersReplaced, long lines) {
    }

}
