package com.cartwise.bootstrap.cli.bundles;

import com.cartwise.application.bundles.ReviewStatus;
import com.cartwise.rest.client.RemoteBundle;
import java.util.List;

/** How the commands word a bundle's price, and what keeps it from approval when something does. */
final class BundleWording {
    private BundleWording() {
    }

    /**
     * "177.21 EUR instead of 196.90"; with an item that came without a price, ", but wax came without
     * a price: cannot be approved" after it, or "no price (wax, poles came without one)" for a
     * bundle priced at 0 as a whole; when its items cost otherwise now than when it was priced, ", but
     * its items cost otherwise now: generate again to price it anew".
     */
    static String price(RemoteBundle b) {
        List<String> withoutPrice = b.itemsWithoutPrice();
        if (b.unpriced() && !withoutPrice.isEmpty()) {
            return "no price (" + String.join(", ", withoutPrice) + " came without one)";
        }
        String price = b.price() + " " + b.currency() + " instead of " + b.listPrice();
        if (!withoutPrice.isEmpty()) {
            return price + ", but " + String.join(", ", withoutPrice) + " came without a price: cannot be approved";
        }
        if (!b.pricesChanged()) {
            return price;
        }
        // a generation prices a proposal or an approval anew, never a rejection
        return price + ", but its items cost otherwise now" + (ReviewStatus.REJECTED.wireName().equals(b.status()) ? "" : ": generate again to price it anew");
    }
}
