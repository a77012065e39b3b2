package com.cartwise.domain.bundles.candidates;

import com.cartwise.domain.bundles.enrichment.OrderSale;
import com.cartwise.domain.bundles.enrichment.SaleLine;
import com.cartwise.domain.mining.TransactionDatabase;
import java.time.Instant;
import java.util.List;

/** The orders up to the run as a transaction database of variant ids, the basket of each order. */
public final class BasketDatabase {
    private BasketDatabase() {
    }

    public static TransactionDatabase of(List<OrderSale> orders, Instant asOf) {
        TransactionDatabase.Builder builder = TransactionDatabase.builder();
        long[] basket = new long[16];
        for (OrderSale order : orders) {
            if (order.placedAt().isAfter(asOf)) {
                continue;
            }
            if (basket.length < order.lines().size()) {
                basket = new long[order.lines().size()];
            }
            int n = 0;
            for (SaleLine line : order.lines()) {
                basket[n++] = line.variantId();
            }
            builder.add(basket, n);
        }
        return builder.build();
    }
}
