package com.cartwise.bootstrap.cli;

import com.cartwise.rest.client.RemoteBundle;
import java.util.List;

/** How the commands word a bundle's price, and what keeps it from approval when something does. */
final class BundleWording {
    private BundleWording() {
    }

    /**
     * "177.21 EUR instead of 196.90"; with an item that came without a price, ", but wax came without
     * a price: cannot be approved" after it, or "no price (wax, poles came without one)" for a
     * bundle priced at 0 as a whole.
     */
    static String price(RemoteBundle b) {
        List<String> withoutPrice = b.itemsWithoutPrice();
        if (b.unpriced() && !withoutPrice.isEmpty()) {
            return "no price (" + String.join(", ", withoutPrice) + " came without one)";
        }
        return b.price() + " " + b.currency() + " instead of " + b.listPrice()
                + (withoutPrice.isEmpty() ? "" : ", but " + String.join(", ", withoutPrice) + " came without a price: cannot be approved");
    }
}
