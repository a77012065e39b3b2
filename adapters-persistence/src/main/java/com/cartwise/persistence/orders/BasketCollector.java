package com.cartwise.persistence.orders;

import com.cartwise.domain.orders.BasketHistory;
import com.cartwise.domain.orders.Baskets;
import java.time.Instant;
import java.util.Arrays;

/**
 * Folds resolved order lines, arriving grouped by order, into columnar baskets and counts; an
 * order none of whose lines resolved is counted but makes no basket. No object per order: a
 * million orders stream into a few arrays.
 */
final class BasketCollector {
    private final Baskets.Builder baskets = Baskets.builder();
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
        return new BasketHistory(baskets.build(), orders, lines, unresolvedLines);
    }

    private void closeOrder() {
        if (resolved > 0) {
            // the builder keeps the first occurrence of each variant, so line order survives
            baskets.add(placedAt, variantIds, 0, resolved);
        }
        resolved = 0;
    }
}
