package com.cartwise.domain.recommend;

import com.cartwise.domain.catalog.Variant;

/**
 * Why a variant is recommended: the cart item it was bought with most, and the counts behind it.
 *
 * @param with the cart variant
 * @param ordersTogether orders that held both
 * @param ordersWithCartItem orders that held the cart variant
 * @param ordersTotal orders in the model
 * @param ordersWithCandidate orders that held the recommended variant
 */
public record Evidence(Variant with, int ordersTogether, int ordersWithCartItem, int ordersWithCandidate, int ordersTotal) {

    /** How many times more often than chance the two were bought together. */
    public double lift() {
        return (double) ordersTogether * ordersTotal / ((double) ordersWithCartItem * ordersWithCandidate);
    }

    /** For staff at the till: "Bought with Ski Wax in 37 of 120 orders (4.2× chance)". */
    public String reason() {
        return "Bought with " + with.lineName() + " in " + ordersTogether + " of " + ordersWithCartItem
                + (ordersWithCartItem == 1 ? " order" : " orders")
                + " (" + String.format(java.util.Locale.ROOT, "%.1f", lift()) + "× chance)";
    }
}
