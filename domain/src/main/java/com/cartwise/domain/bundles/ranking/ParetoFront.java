package com.cartwise.domain.bundles.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The exact Pareto front of outlooks (maximise revenue and margin, minimise risk): every outlook
 * no other one dominates, compared as exact doubles, no tolerance. Sorted by revenue, then
 * margin, descending, then risk ascending, a point can only be dominated by one before it, and
 * if by any then by one already on the front (dominance is transitive), so one sweep checking
 * the front so far is exact: O(n log n + n·f) for a front of f. Equal outlooks do not dominate
 * each other; both stay.
 */
public final class ParetoFront {
    private ParetoFront() {
    }

    /** The positions of the non-dominated outlooks, ascending. */
    public static int[] of(List<BundleOutlook> outlooks) {
        Integer[] order = new Integer[outlooks.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -outlooks.get(i).expectedRevenue())
                .thenComparingDouble(i -> -outlooks.get(i).expectedMargin())
                .thenComparingDouble(i -> outlooks.get(i).inventoryRisk()));
        List<BundleOutlook> front = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i : order) {
            BundleOutlook candidate = outlooks.get(i);
            if (front.stream().noneMatch(kept -> kept.dominates(candidate))) {
                front.add(candidate);
                positions.add(i);
            }
        }
        return positions.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
