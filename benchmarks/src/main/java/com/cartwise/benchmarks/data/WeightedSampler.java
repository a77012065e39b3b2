package com.cartwise.benchmarks.data;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Draws an index with probability proportional to its weight: a cumulative table and a binary search. */
final class WeightedSampler {
    private final double[] cumulative;
    private final int[] values;

    /** @param values what each weight stands for; drawn as {@code values[i]} */
    WeightedSampler(int[] values, double[] weights) {
        if (values.length != weights.length || values.length == 0) {
            throw new IllegalArgumentException("one weight per value, at least one value");
        }
        this.values = values.clone();
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    /** Zipf's law over the given values, the first the most likely: weight 1 / rank^exponent. */
    static WeightedSampler zipf(int[] valuesByRank, double exponent) {
        double[] weights = new double[valuesByRank.length];
        for (int r = 0; r < weights.length; r++) {
            weights[r] = 1.0 / Math.pow(r + 1, exponent);
        }
        return new WeightedSampler(valuesByRank, weights);
    }

    int draw(SplittableRandom random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, u);
        int slot = i >= 0 ? i : -i - 1;
        return values[Math.min(slot, values.length - 1)];
    }

    int size() {
        return values.length;
    }
}
