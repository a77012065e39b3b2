package com.cartwise.bootstrap.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/** Draws items with probability proportional to their weights, by binary search over the running sums. */
final class Weighted<T> {
    private final List<T> items;
    private final double[] cumulative;

    private Weighted(List<T> items, double[] cumulative) {
        this.items = items;
        this.cumulative = cumulative;
    }

    static <T> Weighted<T> of(List<T> items, ToDoubleFunction<T> weight) {
        return of(items, items.stream().mapToDouble(weight).toArray());
    }

    /**
     * Zipf's law: the item of rank r (1-based, in list order) weighs 1 / r^exponent. Sales of a
     * shop's products follow it closely enough: a few best-sellers and a long tail.
     */
    static <T> Weighted<T> zipf(List<T> itemsByRank, double exponent) {
        double[] weights = new double[itemsByRank.size()];
        for (int r = 0; r < weights.length; r++) {
            weights[r] = 1.0 / Math.pow(r + 1, exponent);
        }
        return of(itemsByRank, weights);
    }

    private static <T> Weighted<T> of(List<T> items, double[] weights) {
        double[] cumulative = new double[items.size()];
        double sum = 0;
        for (int i = 0; i < items.size(); i++) {
            double w = weights[i];
            if (w < 0) {
                throw new IllegalArgumentException("negative weight " + w + " for " + items.get(i));
            }
            sum += w;
            cumulative[i] = sum;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("nothing to draw from: " + items);
        }
        return new Weighted<>(List.copyOf(items), cumulative);
    }

    T draw(Random random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, target);
        // A miss returns -(insertion point) - 1: the first running sum above the target.
        int index = i >= 0 ? i + 1 : -i - 1;
        return items.get(Math.min(index, items.size() - 1));
    }
}
