package com.cartwise.persistence.orders;

import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.orders.BasketHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Folds resolved order lines, arriving grouped by order, into baskets and counts; an order none
 * of whose lines resolved is counted but makes no basket.
 */
final class BasketCollector {
    private final List<Basket> baskets = new ArrayList<>();
    private long orders;
    private long lines;
    private long unresolvedLines;

    private String order;
    private Instant placedAt;
    private long[] variantIds = new long[16];
    private int resolved;

    /** @param variantId null when the line names no variant of the catalogue */
    void line(String orderName, Instant createdAt, Long variantId) {
        if (!orderName.equals(order)) {
            closeOrder();
            order = orderName;
            placedAt = createdAt;
            orders++;
        }
        lines++;
        if (variantId == null) {
            unresolvedLines++;
            return;
        }
        if (resolved == variantIds.length) {
            variantIds = Arrays.copyOf(variantIds, resolved * 2);
        }
        variantIds[resolved++] = variantId;
    }

    BasketHistory finish() {
        closeOrder();
        return new BasketHistory(baskets, orders, lines, unresolvedLines);
    }

    private void closeOrder() {
        if (resolved > 0) {
            // Basket keeps the first occurrence of each variant, so line order survives.
            baskets.add(new Basket(placedAt, Arrays.copyOf(variantIds, resolved)));
        }
        resolved = 0;
    }
}
