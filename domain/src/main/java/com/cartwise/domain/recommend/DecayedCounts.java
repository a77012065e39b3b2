package com.cartwise.domain.recommend;

/**
 * Counts in which an order weighs 2^(-age / half-life), its age counted back from a fixed
 * reference time (the newest order when the model was trained). Orders added later weigh more
 * than 1, which keeps every weight of the counts unchanged: only ratios matter to the scores.
 */
public record DecayedCounts(double halfLifeDays, long referenceEpochSecond, WeightedCounts counts) {

    public static double weight(double halfLifeDays, long referenceEpochSecond, long placedAtEpochSecond) {
        return Math.pow(2, -(referenceEpochSecond - placedAtEpochSecond) / (halfLifeDays * 86_400));
    }

    /** Counts the baskets (which {@code model} was learned from) with the decay weights. */
    public static DecayedCounts of(CoOccurrenceModel model, DenseBaskets baskets, double halfLifeDays, long referenceEpochSecond) {
        double[] w = new double[baskets.size()];
        for (int u = 0; u < w.length; u++) {
            w[u] = weight(halfLifeDays, referenceEpochSecond, baskets.placedAtEpochSecond(u));
        }
        return new DecayedCounts(halfLifeDays, referenceEpochSecond, WeightedCounts.of(model, baskets, w));
    }
}
