package com.cartwise.rest.client;

import java.math.BigDecimal;
import java.util.List;

/**
 * A proposed bundle as the command line names it: its key, rank, copy title and prices, and the
 * items that keep it from approval (none when it may be approved).
 */
public record RemoteBundle(String bundleKey, int rank, String type, String objective, String title, String price, String listPrice,
                           String currency, String copyWriter, List<String> itemsWithoutPrice) {
    public RemoteBundle {
        itemsWithoutPrice = List.copyOf(itemsWithoutPrice);
    }

    /** Whether its list price is 0: its items came without prices (or are all free gifts). */
    public boolean unpriced() {
        try {
            return new BigDecimal(listPrice).signum() == 0;
        } catch (NumberFormatException notAnAmount) {
            return false;
        }
    }
}
