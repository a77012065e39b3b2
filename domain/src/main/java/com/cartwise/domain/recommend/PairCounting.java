package com.cartwise.domain.recommend;

import java.util.Arrays;

/**
 * Counts baskets row by row: for each variant, the baskets holding it (an inverted index), then
 * every other variant of those baskets into a dense scratch array. Each row is independent, so
 * rows count on all cores, and no hash map of pairs is ever built.
 */
final class PairCounting {
    private final DenseBaskets baskets;
    private final int[] counts;
    /** Baskets holding each variant, ascending: {@code holders[holderStart[a] .. holderStart[a+1])}. */
    private final int[] holderStart;
    private final int[] holders;
    /** The position of the variant in each of those baskets. */
    private final int[] holderPosition;

    PairCounting(DenseBaskets baskets) {
        this.baskets = baskets;
        int n = baskets.variants();
        int[] items = baskets.items();
        counts = new int[n];
        for (int item : items) {
            if (item < 0) {
                throw new IllegalArgumentException("only baskets of known variants can be counted");
            }
            counts[item]++;
        }
        holderStart = new int[n + 1];
        for (int a = 0; a < n; a++) {
            holderStart[a + 1] = holderStart[a] + counts[a];
        }
        int[] next = Arrays.copyOf(holderStart, n);
        holders = new int[items.length];
        holderPosition = new int[items.length];
        for (int u = 0; u < baskets.size(); u++) {
            for (int p = 0; p < baskets.basketSize(u); p++) {
                int a = baskets.item(u, p);
                holderPosition[next[a]] = p;
                holders[next[a]++] = u;
            }
        }
    }

    CoOccurrenceModel model() {
        int n = counts.length;
        int[][] rowNeighbours = new int[n][];
        int[][] rowTogether = new int[n][];
        ThreadLocal<int[][]> scratch = ThreadLocal.withInitial(() -> new int[][] {new int[n], new int[n]});
        AllCores.forEach(n, AllCores.ROWS, a -> {
            int[][] s = scratch.get();
            int[] co = s[0];
            int[] touched = s[1];
            int t = 0;
            for (int h = holderStart[a]; h < holderStart[a + 1]; h++) {
                int u = holders[h];
                for (int j = baskets.offset(u), end = j + baskets.basketSize(u); j < end; j++) {
                    int b = baskets.items()[j];
                    if (b != a && co[b]++ == 0) {
                        touched[t++] = b;
                    }
                }
            }
            Arrays.sort(touched, 0, t);
            int[] together = new int[t];
            for (int i = 0; i < t; i++) {
                together[i] = co[touched[i]];
                co[touched[i]] = 0;
            }
            rowNeighbours[a] = Arrays.copyOf(touched, t);
            rowTogether[a] = together;
        });
        int[] rowStart = new int[n + 1];
        for (int a = 0; a < n; a++) {
            rowStart[a + 1] = rowStart[a] + rowNeighbours[a].length;
        }
        int[] neighbours = new int[rowStart[n]];
        int[] together = new int[rowStart[n]];
        for (int a = 0; a < n; a++) {
            System.arraycopy(rowNeighbours[a], 0, neighbours, rowStart[a], rowNeighbours[a].length);
            System.arraycopy(rowTogether[a], 0, together, rowStart[a], rowTogether[a].length);
        }
        return CoOccurrenceModel.fromParts(baskets.size(), baskets.variantIds(), counts.clone(), rowStart, neighbours, together);
    }

    /**
     * Sums of basket weights over the baskets holding each variant and each pair, laid out like
     * {@code model}'s pair entries, which must have been counted from the same baskets.
     */
    WeightedCounts weighted(CoOccurrenceModel model, double[] basketWeight) {
        int n = counts.length;
        double[] pairs = new double[model.pairEntries()];
        double[] items = new double[n];
        ThreadLocal<double[]> scratch = ThreadLocal.withInitial(() -> new double[n]);
        AllCores.forEach(n, AllCores.ROWS, a -> {
            double[] sum = scratch.get();
            double own = 0;
            for (int h = holderStart[a]; h < holderStart[a + 1]; h++) {
                int u = holders[h];
                double w = basketWeight[u];
                own += w;
                for (int j = baskets.offset(u), end = j + baskets.basketSize(u); j < end; j++) {
                    sum[baskets.items()[j]] += w;
                }
            }
            items[a] = own;
            for (int i = model.rowStart(a); i < model.rowEnd(a); i++) {
                int b = model.neighbourAt(i);
                pairs[i] = sum[b];
            }
            for (int h = holderStart[a]; h < holderStart[a + 1]; h++) {
                int u = holders[h];
                for (int j = baskets.offset(u), end = j + baskets.basketSize(u); j < end; j++) {
                    sum[baskets.items()[j]] = 0;
                }
            }
        });
        double total = 0;
        for (double w : basketWeight) {
            total += w;
        }
        return new WeightedCounts(total, items, pairs);
    }

    /** For each pair entry (a, b) of {@code model}: the baskets in which b came after a, in line order. */
    int[] after(CoOccurrenceModel model) {
        int n = counts.length;
        int[] after = new int[model.pairEntries()];
        ThreadLocal<int[]> scratch = ThreadLocal.withInitial(() -> new int[n]);
        AllCores.forEach(n, AllCores.ROWS, a -> {
            int[] later = scratch.get();
            for (int h = holderStart[a]; h < holderStart[a + 1]; h++) {
                int u = holders[h];
                for (int j = baskets.offset(u) + holderPosition[h] + 1, end = baskets.offset(u) + baskets.basketSize(u); j < end; j++) {
                    later[baskets.items()[j]]++;
                }
            }
            for (int i = model.rowStart(a); i < model.rowEnd(a); i++) {
                int b = model.neighbourAt(i);
                after[i] = later[b];
                later[b] = 0;
            }
        });
        return after;
    }
}
