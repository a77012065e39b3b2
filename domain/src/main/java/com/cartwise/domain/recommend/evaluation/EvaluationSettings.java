package com.cartwise.domain.recommend.evaluation;

import com.cartwise.domain.InvalidInputException;
import java.util.List;

/**
 * How offline evaluation is run. Defaults in one place: {@link #DEFAULT}.
 *
 * @param trainShare share of orders, oldest first, that train the models under evaluation
 * @param ks the K at which every measure is reported
 * @param primary the measure that chooses the scorer
 * @param maxCases cases per protocol beyond which validation orders are sampled at an even stride
 */
public record EvaluationSettings(double trainShare, List<Integer> ks, PrimaryMeasure primary, int maxCases) {
    public static final double DEFAULT_TRAIN_SHARE = 0.8;
    public static final List<Integer> DEFAULT_KS = List.of(2, 5, 10);
    /**
     * Enough for a hit rate's standard error below half a percentage point (sqrt(p(1-p)/n) at
     * p = 0.5), and few enough that a shop of a million orders evaluates every candidate, and the
     * reference summing every neighbour of every best seller, in seconds.
     */
    public static final int DEFAULT_MAX_CASES = 10_000;
    public static final EvaluationSettings DEFAULT =
            new EvaluationSettings(DEFAULT_TRAIN_SHARE, DEFAULT_KS, PrimaryMeasure.DEFAULT, DEFAULT_MAX_CASES);
    /** Places kept per ranked list: a byte each in the coverage tallies. */
    public static final int MAX_K = 100;

    public EvaluationSettings {
        InvalidInputException.require(trainShare > 0 && trainShare < 1, "train_share",
                "must be between 0 and 1, but was " + trainShare);
        InvalidInputException.require(ks != null && !ks.isEmpty(), "k", "at least one K is needed");
        ks = ks.stream().distinct().sorted().toList();
        InvalidInputException.require(ks.getFirst() >= 1 && ks.getLast() <= MAX_K, "k",
                "each K must be between 1 and " + MAX_K + ", but was " + ks);
        InvalidInputException.require(primary != null, "measure", "is required");
        InvalidInputException.require(primary.k() <= MAX_K, "k", "the primary K must be at most " + MAX_K);
        InvalidInputException.require(maxCases >= 1, "max_cases", "must be at least 1, but was " + maxCases);
    }

    /** The longest list any measure looks at. */
    public int maxK() {
        return Math.max(ks.getLast(), primary.k());
    }

    public EvaluationSettings withKs(List<Integer> newKs) {
        return new EvaluationSettings(trainShare, newKs, primary, maxCases);
    }
}
