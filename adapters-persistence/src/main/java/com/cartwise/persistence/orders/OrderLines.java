package com.cartwise.persistence.orders;

import java.util.Arrays;

/**
 * The lines of a set of orders, arriving by order number and line number, kept as one column of
 * resolved variant ids with each order's run in it. A line of an order not in the set (a
 * cancelled one) is passed over. No object per line: three million lines are a few arrays.
 */
final class OrderLines {
    /** A line that names no catalogue variant (variant ids start at 1). */
    static final long UNRESOLVED = 0;

    private final long[] numbers;
    private final int[] lineCounts;
    private final int[] resolvedFrom;
    private final int[] resolvedTo;
    private long[] variantIds = new long[4096];
    private int resolved;
    private long lines;
    private long unresolved;
    private int current;

    /** @param numbers the orders' numbers, ascending */
    OrderLines(long[] numbers) {
        this.numbers = numbers;
        this.lineCounts = new int[numbers.length];
        this.resolvedFrom = new int[numbers.length];
        this.resolvedTo = new int[numbers.length];
    }

    /** @param orderId never below the previous line's */
    void add(long orderId, long variantId) {
        while (current < numbers.length && numbers[current] < orderId) {
            current++;
        }
        if (current == numbers.length || numbers[current] != orderId) {
            return;
        }
        if (lineCounts[current]++ == 0) {
            resolvedFrom[current] = resolved;
            resolvedTo[current] = resolved;
        }
        lines++;
        if (variantId == UNRESOLVED) {
            unresolved++;
            return;
        }
        if (resolved == variantIds.length) {
            variantIds = Arrays.copyOf(variantIds, resolved * 2);
        }
        variantIds[resolved++] = variantId;
        resolvedTo[current] = resolved;
    }

    /** Lines of the order at this rank by number. */
    int linesOf(int byNumber) {
        return lineCounts[byNumber];
    }

    /** Where the order's resolved variants begin in {@link #variantIds()} (inclusive). */
    int resolvedFrom(int byNumber) {
        return resolvedFrom[byNumber];
    }

    /** Where they end (exclusive). */
    int resolvedTo(int byNumber) {
        return resolvedTo[byNumber];
    }

    /** Every order's resolved variants, one run per order. Not a copy. */
    long[] variantIds() {
        return variantIds;
    }

    long lines() {
        return lines;
    }

    long unresolved() {
        return unresolved;
    }
}
