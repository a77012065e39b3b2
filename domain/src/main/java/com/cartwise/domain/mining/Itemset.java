package com.cartwise.domain.mining;

import com.cartwise.domain.InvalidInputException;
import java.util.Arrays;

/** A set of dense item ids, held ascending and distinct; a value (equal by its items). */
public final class Itemset implements Comparable<Itemset> {
    private final int[] items;

    private Itemset(int[] ascendingDistinct) {
        this.items = ascendingDistinct;
    }

    /** The set of the given ids, in any order, duplicates counting once. */
    public static Itemset of(int... items) {
        InvalidInputException.require(items != null && items.length > 0, "itemset", "is never empty");
        int[] sorted = Arrays.stream(items).sorted().distinct().toArray();
        InvalidInputException.require(sorted[0] >= 0, "itemset", "item ids are never negative, but one was " + sorted[0]);
        return new Itemset(sorted);
    }

    /** Wraps an array the caller guarantees ascending and distinct, and never changes afterwards. */
    static Itemset trusted(int[] ascendingDistinct) {
        return new Itemset(ascendingDistinct);
    }

    public int size() {
        return items.length;
    }

    public int item(int i) {
        return items[i];
    }

    /** A copy, ascending. */
    public int[] items() {
        return items.clone();
    }

    public boolean contains(int item) {
        return Arrays.binarySearch(items, item) >= 0;
    }

    /** Whether the two sets share an item: one merge walk over both ascending arrays. */
    public boolean intersects(Itemset other) {
        int i = 0;
        int j = 0;
        while (i < items.length && j < other.items.length) {
            if (items[i] == other.items[j]) {
                return true;
            }
            if (items[i] < other.items[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /** The items of this set that are not in {@code other}. */
    public Itemset minus(Itemset other) {
        return new Itemset(Arrays.stream(items).filter(i -> !other.contains(i)).toArray());
    }

    public Itemset union(Itemset other) {
        int[] both = Arrays.copyOf(items, items.length + other.items.length);
        System.arraycopy(other.items, 0, both, items.length, other.items.length);
        return of(both);
    }

    /** Shorter sets first, then lexicographic: a stable order for reports and tests. */
    @Override
    public int compareTo(Itemset other) {
        if (items.length != other.items.length) {
            return Integer.compare(items.length, other.items.length);
        }
        return Arrays.compare(items, other.items);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Itemset other && Arrays.equals(items, other.items);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(items);
    }

    @Override
    public String toString() {
        return Arrays.toString(items);
    }
}
