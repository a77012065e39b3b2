package com.cartwise.persistence.orders;

import java.time.Instant;
import java.util.Arrays;

/**
 * A shop's orders oldest first, by number and time, in columns; and where each stands among the
 * orders sorted by number, the order in which their lines arrive. Orders are numbered as they
 * are first imported, so the two orders agree unless an export of older orders came later: then
 * each order's rank by number is found by binary search.
 */
final class OrderTimes {
    private long[] numbers = new long[1024];
    private long[] epochSeconds = new long[1024];
    private int[] nanos = new int[1024];
    private int size;
    private int[] numberRanks;

    void add(long number, Instant placedAt) {
        if (size == numbers.length) {
            numbers = Arrays.copyOf(numbers, size * 2);
            epochSeconds = Arrays.copyOf(epochSeconds, size * 2);
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        numbers[size] = number;
        epochSeconds[size] = placedAt.getEpochSecond();
        nanos[size] = placedAt.getNano();
        size++;
    }

    int size() {
        return size;
    }

    Instant placedAt(int order) {
        return Instant.ofEpochSecond(epochSeconds[order], nanos[order]);
    }

    /** The orders' numbers, ascending. */
    long[] byNumber() {
        long[] sorted = Arrays.copyOf(numbers, size);
        if (ascending(sorted)) {
            numberRanks = null;
            return sorted;
        }
        Arrays.sort(sorted);
        numberRanks = new int[size];
        for (int i = 0; i < size; i++) {
            numberRanks[i] = Arrays.binarySearch(sorted, numbers[i]);
        }
        return sorted;
    }

    /** Where the {@code order}-th oldest order stands in {@link #byNumber()}, which must have been called. */
    int numberRank(int order) {
        return numberRanks == null ? order : numberRanks[order];
    }

    private static boolean ascending(long[] values) {
        for (int i = 1; i < values.length; i++) {
            if (values[i - 1] > values[i]) {
                return false;
            }
        }
        return true;
    }
}
