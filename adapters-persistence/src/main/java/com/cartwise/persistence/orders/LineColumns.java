package com.cartwise.persistence.orders;

import java.util.Arrays;

/** Order lines read before their orders are known: (order number, variant id) in arrival order, in two columns. */
final class LineColumns {
    private long[] orderIds = new long[4096];
    private long[] variantIds = new long[4096];
    private int size;

    void add(long orderId, long variantId) {
        if (size == orderIds.length) {
            orderIds = Arrays.copyOf(orderIds, size * 2);
            variantIds = Arrays.copyOf(variantIds, size * 2);
        }
        orderIds[size] = orderId;
        variantIds[size++] = variantId;
    }

    /** Adds every line to {@code lines}, in the order they came. */
    void replayInto(OrderLines lines) {
        for (int i = 0; i < size; i++) {
            lines.add(orderIds[i], variantIds[i]);
        }
    }
}
