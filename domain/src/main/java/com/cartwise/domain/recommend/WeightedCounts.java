package com.cartwise.domain.recommend;

/**
 * Counts in which each basket weighs what it is given instead of 1 (a recent one more, a large
 * one less), laid out like the pair entries of the {@link CoOccurrenceModel} of the same baskets.
 *
 * @param total the weights of all baskets
 * @param items per variant, the weights of the baskets holding it
 * @param pairs per pair entry (row a, neighbour b), the weights of the baskets holding both
 */
public record WeightedCounts(double total, double[] items, double[] pairs) {

    /** Counts the baskets (which {@code model} was learned from) under the given per-basket weights. */
    public static WeightedCounts of(CoOccurrenceModel model, DenseBaskets baskets, double[] basketWeight) {
        if (basketWeight.length != baskets.size() || model.orders() != baskets.size()) {
            throw new IllegalArgumentException("one weight per basket the model was learned from");
        }
        return new PairCounting(baskets).weighted(model, basketWeight);
    }

    /** Each basket weighing 1 / its size: the random walk item, basket, item of RP3beta. */
    public static WeightedCounts bySize(CoOccurrenceModel model, DenseBaskets baskets) {
        double[] w = new double[baskets.size()];
        for (int u = 0; u < w.length; u++) {
            w[u] = 1.0 / baskets.basketSize(u);
        }
        return of(model, baskets, w);
    }

    /** These counts plus those of added orders, in the merged layout. */
    public WeightedCounts plus(WeightedCounts added, CountsMerge merge) {
        return new WeightedCounts(total + added.total, merge.mergeVariants(items, added.items),
                merge.mergeEntries(pairs, added.pairs));
    }

    public long bytes() {
        return 8L * items.length + 8L * pairs.length;
    }
}
