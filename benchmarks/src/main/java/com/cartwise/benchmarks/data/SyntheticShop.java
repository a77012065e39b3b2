package com.cartwise.benchmarks.data;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A generated shop: its variants and its orders, oldest first. Orders are kept as compressed rows
 * (one array of variant indices, one of offsets, one of epoch seconds) so that a million orders
 * cost tens of megabytes, not a million objects.
 */
public final class SyntheticShop {
    public static final String CURRENCY = "EUR";

    private final List<SyntheticVariant> variants;
    private final int[] orderStart;
    private final int[] lines;
    private final long[] placedAt;

    SyntheticShop(List<SyntheticVariant> variants, int[] orderStart, int[] lines, long[] placedAt) {
        this.variants = List.copyOf(variants);
        this.orderStart = orderStart;
        this.lines = lines;
        this.placedAt = placedAt;
    }

    public List<SyntheticVariant> variants() {
        return variants;
    }

    public SyntheticVariant variant(int index) {
        return variants.get(index);
    }

    public int orders() {
        return placedAt.length;
    }

    /** Order lines of all orders. */
    public int lines() {
        return orderStart[orders()];
    }

    public int lineCount(int order) {
        return orderStart[order + 1] - orderStart[order];
    }

    /** The variant index of the order's {@code line}-th line (0-based); an order never repeats a variant. */
    public int line(int order, int line) {
        return lines[orderStart[order] + line];
    }

    /** The order's variant indices, in line order (a copy). */
    public int[] lines(int order) {
        return Arrays.copyOfRange(lines, orderStart[order], orderStart[order + 1]);
    }

    /** Non-decreasing with the order's position. */
    public long placedAtEpochSecond(int order) {
        return placedAt[order];
    }

    public Instant placedAt(int order) {
        return Instant.ofEpochSecond(placedAt[order]);
    }

    /** Shopify's order name: #1001, #1002 ... in order of placement. */
    public String orderName(int order) {
        return "#" + (1001 + order);
    }
}
