package com.cartwise.domain.orders;

import com.cartwise.domain.InvalidInputException;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.RandomAccess;
import java.util.Set;

/**
 * A shop's baskets, oldest first, stored as columns: one array of every basket's distinct variant
 * ids in line order, one of offsets, one of times. A million orders cost tens of megabytes instead
 * of a million objects, and training reads them without boxing. It is still a {@code List<Basket>}
 * for code that wants one basket at a time; each {@link #get} builds that basket afresh.
 */
public final class Baskets extends AbstractList<Basket> implements RandomAccess {
    private static final Baskets EMPTY = new Baskets(new long[0], new int[1], new long[0], new int[0]);

    private final long[] variantIds;
    private final int[] start;
    private final long[] epochSeconds;
    private final int[] nanos;

    private Baskets(long[] variantIds, int[] start, long[] epochSeconds, int[] nanos) {
        this.variantIds = variantIds;
        this.start = start;
        this.epochSeconds = epochSeconds;
        this.nanos = nanos;
    }

    public static Baskets empty() {
        return EMPTY;
    }

    /** The given baskets in the given order. */
    public static Baskets of(Collection<Basket> baskets) {
        if (baskets instanceof Baskets already) {
            return already;
        }
        Builder builder = new Builder();
        for (Basket b : baskets) {
            builder.add(b.placedAt(), b.variantIds());
        }
        return builder.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public int size() {
        return epochSeconds.length;
    }

    @Override
    public Basket get(int index) {
        return new Basket(placedAt(index), Arrays.copyOfRange(variantIds, start[index], start[index + 1]));
    }

    /** Distinct variants of the basket. */
    public int basketSize(int basket) {
        return start[basket + 1] - start[basket];
    }

    /** The basket's {@code position}-th distinct variant, in line order. */
    public long variantId(int basket, int position) {
        return variantIds[start[basket] + position];
    }

    /** Where the basket's variants begin in {@link #variantIdsInOrder}. */
    public int offset(int basket) {
        return start[basket];
    }

    /** Every basket's variants one after the other; a basket's run starts at {@link #offset}. Not a copy: do not change. */
    public long[] variantIdsInOrder() {
        return variantIds;
    }

    public long placedAtEpochSecond(int basket) {
        return epochSeconds[basket];
    }

    public Instant placedAt(int basket) {
        return Instant.ofEpochSecond(epochSeconds[basket], nanos[basket]);
    }

    /** Variants summed over the baskets (each basket counts each of its variants once). */
    public int lines() {
        return start[size()];
    }

    /** The baskets {@code from} (inclusive) to {@code to} (exclusive), sharing nothing mutable. */
    public Baskets slice(int from, int to) {
        if (from < 0 || to > size() || from > to) {
            throw new IndexOutOfBoundsException("slice " + from + ".." + to + " of " + size());
        }
        int[] offsets = new int[to - from + 1];
        for (int i = from; i <= to; i++) {
            offsets[i - from] = start[i] - start[from];
        }
        return new Baskets(Arrays.copyOfRange(variantIds, start[from], start[to]), offsets,
                Arrays.copyOfRange(epochSeconds, from, to), Arrays.copyOfRange(nanos, from, to));
    }

    /** True when no basket was placed before the one ahead of it. */
    public boolean isOldestFirst() {
        for (int i = 1; i < size(); i++) {
            if (compareTimes(i - 1, i) > 0) {
                return false;
            }
        }
        return true;
    }

    /** The same baskets sorted by time, oldest first; baskets placed at the same instant keep their order. */
    public Baskets oldestFirst() {
        if (isOldestFirst()) {
            return this;
        }
        Integer[] order = new Integer[size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (x, y) -> compareTimes(x, y));
        Builder sorted = new Builder();
        for (int i : order) {
            sorted.appendDistinct(epochSeconds[i], nanos[i], variantIds, start[i], start[i + 1]);
        }
        return sorted.build();
    }

    private int compareTimes(int a, int b) {
        int bySecond = Long.compare(epochSeconds[a], epochSeconds[b]);
        return bySecond != 0 ? bySecond : Integer.compare(nanos[a], nanos[b]);
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof Baskets b) {
            return Arrays.equals(variantIds, b.variantIds) && Arrays.equals(start, b.start)
                    && Arrays.equals(epochSeconds, b.epochSeconds) && Arrays.equals(nanos, b.nanos);
        }
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    /** Collects baskets one at a time, in the order they are to be kept. */
    public static final class Builder {
        private long[] variantIds = new long[64];
        private int[] start = new int[17];
        private long[] epochSeconds = new long[16];
        private int[] nanos = new int[16];
        private int baskets;
        private int lines;

        private Builder() {
        }

        /** Adds a basket of the given lines' variants; repeated variants count once, in the order first seen. */
        public Builder add(Instant placedAt, long[] lineVariantIds) {
            return add(placedAt, lineVariantIds, 0, lineVariantIds == null ? 0 : lineVariantIds.length);
        }

        /** As {@link #add(Instant, long[])}, for the lines {@code from} (inclusive) to {@code to} (exclusive). */
        public Builder add(Instant placedAt, long[] lineVariantIds, int from, int to) {
            InvalidInputException.require(placedAt != null, "placed_at", "is required");
            InvalidInputException.require(lineVariantIds != null && to > from, "variant_ids", "a basket is never empty");
            appendDistinct(placedAt.getEpochSecond(), placedAt.getNano(), lineVariantIds, from, to);
            return this;
        }

        public int size() {
            return baskets;
        }

        public Baskets build() {
            return new Baskets(Arrays.copyOf(variantIds, lines), Arrays.copyOf(start, baskets + 1),
                    Arrays.copyOf(epochSeconds, baskets), Arrays.copyOf(nanos, baskets));
        }

        private void appendDistinct(long second, int nano, long[] ids, int from, int to) {
            if (baskets == epochSeconds.length) {
                epochSeconds = Arrays.copyOf(epochSeconds, baskets * 2);
                nanos = Arrays.copyOf(nanos, baskets * 2);
                start = Arrays.copyOf(start, baskets * 2 + 1);
            }
            if (variantIds.length - lines < to - from) {
                variantIds = Arrays.copyOf(variantIds, Math.max(variantIds.length * 2, lines + to - from));
            }
            int basketStart = lines;
            Set<Long> seen = to - from > LINEAR_SCAN ? new HashSet<>() : null;
            for (int i = from; i < to; i++) {
                long id = ids[i];
                boolean repeated = seen != null ? !seen.add(id) : contains(variantIds, basketStart, lines, id);
                if (!repeated) {
                    variantIds[lines++] = id;
                }
            }
            epochSeconds[baskets] = second;
            nanos[baskets] = nano;
            start[++baskets] = lines;
        }

        /** Baskets this long look for repeats by scanning; longer ones (rare) use a set. */
        private static final int LINEAR_SCAN = 64;

        private static boolean contains(long[] values, int from, int to, long value) {
            for (int i = from; i < to; i++) {
                if (values[i] == value) {
                    return true;
                }
            }
            return false;
        }
    }
}
