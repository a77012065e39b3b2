package com.cartwise.domain.bundles;

import com.cartwise.domain.InvalidInputException;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What the orders say about a set of variants, whatever proposed it: N orders, the orders that
 * hold every variant of the set, and each variant's own orders. Every co-purchase measure of a
 * bundle derives from these counts, so bundles from rules, co-visitation, the recommender or the
 * fallback ladder are compared on the same footing.
 *
 * @param variantOrders orders holding each variant, aligned with {@code variantIds}
 * @param pairTogether  orders holding each pair of variants, in the order (0,1), (0,2), …, (1,2), …;
 *                      for a single variant none
 */
public record Evidence(int orders, int together, List<Long> variantIds, List<Integer> variantOrders, List<Integer> pairTogether) {
    public Evidence {
        // checks first, messages only on failure: evidence is counted for tens of thousands of sets
        if (variantIds == null || variantIds.isEmpty() || variantOrders == null || variantIds.size() != variantOrders.size()) {
            throw new InvalidInputException("evidence", "needs one order count per variant");
        }
        variantIds = List.copyOf(variantIds);
        variantOrders = List.copyOf(variantOrders);
        pairTogether = List.copyOf(pairTogether);
        int k = variantIds.size();
        if (pairTogether.size() != k * (k - 1) / 2) {
            throw new InvalidInputException("evidence", "needs one count per pair of variants");
        }
        boolean valid = together >= 0;
        for (int n : variantOrders) {
            valid &= together <= n && n <= orders;
        }
        for (int i = 0, p = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++, p++) {
                int pair = pairTogether.get(p);
                valid &= pair >= together && pair <= Math.min(variantOrders.get(i), variantOrders.get(j));
            }
        }
        if (!valid) {
            throw new InvalidInputException("evidence", "counts must satisfy 0 <= together <= each pair's <= each variant's orders <= orders,"
                    + " but were together=" + together + ", pairs=" + pairTogether + ", variants=" + variantOrders + ", orders=" + orders);
        }
    }

    /** A pair: its pair count is the together count. */
    public static Evidence ofPair(int orders, int together, long a, long b, int ordersA, int ordersB) {
        return new Evidence(orders, together, List.of(a, b), List.of(ordersA, ordersB), List.of(together));
    }

    /** One variant: together is its own orders. */
    public static Evidence ofSingle(int orders, long variantId, int variantOrders) {
        return new Evidence(orders, variantOrders, List.of(variantId), List.of(variantOrders), List.of());
    }

    public int size() {
        return variantIds.size();
    }

    /** The position of the variant in most orders (the first on ties): what shoppers start from. */
    public int anchorIndex() {
        int anchor = 0;
        for (int i = 1; i < variantOrders.size(); i++) {
            if (variantOrders.get(i) > variantOrders.get(anchor)) {
                anchor = i;
            }
        }
        return anchor;
    }

    /**
     * The best confidence of a rule from one variant to the rest: max over a of n(S)/n(a), which
     * is n(S) over the fewest orders of any variant; 0 when never bought together.
     */
    public double confidence() {
        int fewest = variantOrders.stream().mapToInt(Integer::intValue).min().orElseThrow();
        return together == 0 ? 0 : (double) together / fewest;
    }

    /**
     * Lift of the set: n(S)·N^(k−1) / Π n(a), how many times more often the variants come together
     * than if bought independently (for a pair, n(ab)·N / (n(a)·n(b))); 0 when never together.
     */
    public double lift() {
        if (together == 0) {
            return 0;
        }
        double lift = together;
        for (int i = 0; i < variantOrders.size(); i++) {
            lift *= (i == 0 ? 1.0 : orders) / variantOrders.get(i);
        }
        return lift;
    }

    /**
     * Co-visitation similarity: n(S) over the geometric mean of the variants' orders,
     * n(S) / (Π n(a))^(1/k), for a pair the cosine n(ab) / sqrt(n(a)·n(b)); in [0, 1].
     */
    public double coVisitation() {
        if (together == 0) {
            return 0;
        }
        double logProduct = 0;
        for (int n : variantOrders) {
            logProduct += Math.log(n);
        }
        return Math.min(1.0, together / Math.exp(logProduct / variantOrders.size()));
    }

    /** The evidence of the pair (i, j) alone. */
    public Evidence pair(int i, int j) {
        int first = Math.min(i, j);
        int second = Math.max(i, j);
        int k = variantIds.size();
        int index = first * k - first * (first + 1) / 2 + (second - first - 1);
        return ofPair(orders, pairTogether.get(index), variantIds.get(first), variantIds.get(second), variantOrders.get(first),
                variantOrders.get(second));
    }

    /**
     * The mean of a measure over every pair of the set: how a pick-any offer is judged, where the
     * shopper takes any two of the set rather than all of it.
     */
    public double meanOverPairs(ToDoubleFunction<Evidence> measure) {
        int k = variantIds.size();
        if (k < 2) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                sum += measure.applyAsDouble(pair(i, j));
            }
        }
        return sum / (k * (k - 1) / 2.0);
    }
}
