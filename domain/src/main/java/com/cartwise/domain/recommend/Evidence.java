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
                + " (" + liftText() + "× chance)";
    }

    /** The lift as the reason writes it, to one decimal. */
    public String liftText() {
        return oneDecimal(lift());
    }

    /**
     * {@code String.format(Locale.ROOT, "%.1f", value)}, digit for digit: every answer of a till's
     * request carries a reason per recommendation, and the formatter was an eighth of serving one
     * (JFR under load). Near a rounding tie the double's shortest decimal digits decide, as they do
     * for the formatter: they are rounded half up (lifts of small counts, 1.25 or 2.75, are often
     * exact ties). What neither path covers is left to the formatter.
     */
    static String oneDecimal(double value) {
        double tenths = value * 10;
        double fraction = tenths - Math.floor(tenths);
        if (!(value >= 0) || tenths >= 1e15) {
            return String.format(java.util.Locale.ROOT, "%.1f", value);
        }
        if (Math.abs(fraction - 0.5) < 1e-6) {
            String digits = Double.toString(value);
            return digits.indexOf('E') >= 0 ? String.format(java.util.Locale.ROOT, "%.1f", value)
                    : new java.math.BigDecimal(digits).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        long rounded = Math.round(tenths);
        return (rounded / 10) + "." + (rounded % 10);
    }
}
