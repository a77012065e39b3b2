package com.cartwise.rest.client;

import com.cartwise.rest.problem.Problems;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A proposed bundle as the command line names it: its key, rank, copy title and prices, where the
 * merchant's review stands, and what keeps it from approval.
 *
 * @param status            proposed, approved or rejected
 * @param itemsWithoutPrice the items that came without a price (none when it may be approved)
 * @param approvalProblem   the problem type an approval would be refused with, if any
 */
public record RemoteBundle(String bundleKey, int rank, String type, String objective, String title, String price, String listPrice,
                           String currency, String copyWriter, String status, List<String> itemsWithoutPrice,
                           Optional<String> approvalProblem) {
    public RemoteBundle {
        itemsWithoutPrice = List.copyOf(itemsWithoutPrice);
    }

    /** Whether its items cost otherwise now than when it was priced: it cannot be approved (nor go live) as priced. */
    public boolean pricesChanged() {
        return approvalProblem.filter(Problems.BUNDLE_PRICES_CHANGED::equals).isPresent();
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
