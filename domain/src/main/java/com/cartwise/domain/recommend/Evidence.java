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
                + " (" + oneDecimal(lift()) + "× chance)";
    }

    /**
     * {@code String.format(Locale.ROOT, "%.1f", value)}, digit for digit: every answer of a till's
     * request carries a reason per recommendation, and the formatter was an eighth of serving one
     * (JFR under load). Values within a hair of a rounding tie, where the double's decimal digits
     * decide, are left to the formatter.
     */
    static String oneDecimal(double value) {
        double tenths = value * 10;
        double fraction = tenths - Math.floor(tenths);
        if (!(value >= 0) || tenths >= 1e15 || Math.abs(fraction - 0.5) < 1e-6) {
            return String.format(java.util.Locale.ROOT, "%.1f", value);
        }
        long rounded = Math.round(tenths);
        return (rounded / 10) + "." + (rounded % 10);
    }
}
