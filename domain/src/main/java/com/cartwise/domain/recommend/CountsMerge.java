package com.cartwise.domain.recommend;

import java.util.Arrays;

/**
 * Adds the counts of new orders to a model's counts: ids united, per-variant and per-pair counts
 * summed, rows merged in one linear pass (both sides' rows ascend, and renumbering into the
 * united ids keeps them ascending). It also says where each merged variant and pair entry came
 * from, so that anything laid out like the counts can be merged alongside.
 *
 * @param oldIndex for each variant of the old counts, its index in the merged ones
 * @param addedIndex the same for the added counts
 * @param oldEntry for each merged pair entry, the old counts' entry it continues, or -1
 * @param addedEntry for each merged pair entry, the added counts' entry it sums in, or -1
 */
public record CountsMerge(CoOccurrenceModel merged, int[] oldIndex, int[] addedIndex, int[] oldEntry, int[] addedEntry) {
    /** Pair entries handed out at a time when summing arrays laid out like them. */
    private static final int ENTRIES = 1 << 14;

    public static CountsMerge of(CoOccurrenceModel old, CoOccurrenceModel added) {
        long[] ids = union(old, added);
        int[] oldIndex = indices(old, ids);
        int[] addedIndex = indices(added, ids);
        int n = ids.length;
        int[] fromOld = sourceOf(oldIndex, n);
        int[] fromAdded = sourceOf(addedIndex, n);
        int[] counts = new int[n];
        int[] rowStart = new int[n + 1];
        for (int v = 0; v < n; v++) {
            int a = fromOld[v];
            int b = fromAdded[v];
            counts[v] = (a >= 0 ? old.orderCount(a) : 0) + (b >= 0 ? added.orderCount(b) : 0);
            rowStart[v + 1] = rowStart[v] + mergeRow(old, a, oldIndex, added, b, addedIndex, null, 0);
        }
        Entries entries = new Entries(rowStart[n]);
        // Rows are merged on all cores, each into its own stretch: an order added to a large shop
        // touches a few rows, and the rest is copying.
        AllCores.forEach(n, AllCores.ROWS, v -> mergeRow(old, fromOld[v], oldIndex, added, fromAdded[v], addedIndex, entries, rowStart[v]));
        CoOccurrenceModel merged = CoOccurrenceModel.fromParts(old.orders() + added.orders(), ids, counts, rowStart,
                entries.neighbours, entries.together);
        return new CountsMerge(merged, oldIndex, addedIndex, entries.oldEntry, entries.addedEntry);
    }

    /** The merged layout's pair entries, filled row by row. */
    private static final class Entries {
        final int[] neighbours;
        final int[] together;
        final int[] oldEntry;
        final int[] addedEntry;

        Entries(int size) {
            neighbours = new int[size];
            together = new int[size];
            oldEntry = new int[size];
            addedEntry = new int[size];
        }
    }

    /**
     * Merges row {@code a} of the old counts with row {@code b} of the added ones (either -1 when
     * that side never saw the variant) into {@code into} from entry {@code e}, or only counts the
     * merged row's entries when {@code into} is null.
     *
     * @return the merged row's entries
     */
    private static int mergeRow(CoOccurrenceModel old, int a, int[] oldIndex, CoOccurrenceModel added, int b, int[] addedIndex,
                                Entries into, int e) {
        int i = a >= 0 ? old.rowStart(a) : 0;
        int iEnd = a >= 0 ? old.rowEnd(a) : 0;
        int j = b >= 0 ? added.rowStart(b) : 0;
        int jEnd = b >= 0 ? added.rowEnd(b) : 0;
        if (j == jEnd) {
            // nothing added to this row: the old row renumbered
            if (into != null) {
                for (int k = i; k < iEnd; k++, e++) {
                    into.neighbours[e] = oldIndex[old.neighbourAt(k)];
                    into.together[e] = old.togetherAt(k);
                    into.oldEntry[e] = k;
                    into.addedEntry[e] = -1;
                }
            }
            return iEnd - i;
        }
        int first = e;
        while (i < iEnd || j < jEnd) {
            int left = i < iEnd ? oldIndex[old.neighbourAt(i)] : Integer.MAX_VALUE;
            int right = j < jEnd ? addedIndex[added.neighbourAt(j)] : Integer.MAX_VALUE;
            int next = Math.min(left, right);
            int together = 0;
            int fromOld = -1;
            int fromAdded = -1;
            if (left == next) {
                together += old.togetherAt(i);
                fromOld = i++;
            }
            if (right == next) {
                together += added.togetherAt(j);
                fromAdded = j++;
            }
            if (into != null) {
                into.neighbours[e] = next;
                into.together[e] = together;
                into.oldEntry[e] = fromOld;
                into.addedEntry[e] = fromAdded;
            }
            e++;
        }
        return e - first;
    }

    /** Sums an array laid out like the pair entries of both sides into the merged layout. */
    public int[] mergeEntries(int[] oldValues, int[] addedValues) {
        int[] merged = new int[oldEntry.length];
        AllCores.forEach(merged.length, ENTRIES, e ->
                merged[e] = (oldEntry[e] >= 0 ? oldValues[oldEntry[e]] : 0) + (addedEntry[e] >= 0 ? addedValues[addedEntry[e]] : 0));
        return merged;
    }

    /** As {@link #mergeEntries(int[], int[])} for doubles. */
    public double[] mergeEntries(double[] oldValues, double[] addedValues) {
        double[] merged = new double[oldEntry.length];
        AllCores.forEach(merged.length, ENTRIES, e ->
                merged[e] = (oldEntry[e] >= 0 ? oldValues[oldEntry[e]] : 0) + (addedEntry[e] >= 0 ? addedValues[addedEntry[e]] : 0));
        return merged;
    }

    /** Sums an array with one value per variant of each side into the merged variants. */
    public double[] mergeVariants(double[] oldValues, double[] addedValues) {
        double[] merged = new double[merged().variants()];
        for (int i = 0; i < oldIndex.length; i++) {
            merged[oldIndex[i]] += oldValues[i];
        }
        for (int j = 0; j < addedIndex.length; j++) {
            merged[addedIndex[j]] += addedValues[j];
        }
        return merged;
    }

    private static long[] union(CoOccurrenceModel old, CoOccurrenceModel added) {
        long[] ids = new long[old.variants() + added.variants()];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < old.variants() || j < added.variants()) {
            long left = i < old.variants() ? old.variantId(i) : Long.MAX_VALUE;
            long right = j < added.variants() ? added.variantId(j) : Long.MAX_VALUE;
            long next = Math.min(left, right);
            // Long.MAX_VALUE is also a legal id: take from whichever side still has one
            if (i < old.variants() && left == next) {
                i++;
            }
            if (j < added.variants() && right == next) {
                j++;
            }
            ids[n++] = next;
        }
        return Arrays.copyOf(ids, n);
    }

    private static int[] indices(CoOccurrenceModel counts, long[] ids) {
        int[] index = new int[counts.variants()];
        for (int i = 0; i < index.length; i++) {
            index[i] = Arrays.binarySearch(ids, counts.variantId(i));
        }
        return index;
    }

    /**
     * A renumbering turned around: for each of the {@code n} new indices, the old index that
     * {@code index} sends there, or -1 for none.
     */
    public static int[] sourceOf(int[] index, int n) {
        int[] source = new int[n];
        Arrays.fill(source, -1);
        for (int i = 0; i < index.length; i++) {
            source[index[i]] = i;
        }
        return source;
    }
}
