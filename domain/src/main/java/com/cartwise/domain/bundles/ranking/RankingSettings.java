package com.cartwise.domain.bundles.ranking;

import com.cartwise.domain.InvalidInputException;

/**
 * @param weighting       the weights of each objective
 * @param scales          the features' normalisation constants
 * @param paretoOnly      keep, per objective, only the bundles on the Pareto front of
 *                        expected revenue, expected margin and inventory risk
 * @param maxPerObjective the best bundles kept per objective
 */
public record RankingSettings(ObjectiveWeighting weighting, FeatureScales scales, boolean paretoOnly, int maxPerObjective) {
    /** 100 per objective: more than the publishing waves release (78), fewer than anyone reviews. */
    public static final RankingSettings DEFAULTS = new RankingSettings(ObjectiveWeighting.DEFAULTS, FeatureScales.DEFAULTS, false, 100);

    public RankingSettings {
        InvalidInputException.require(weighting != null && scales != null, "ranking_settings", "need weights and scales");
        InvalidInputException.require(maxPerObjective >= 1, "max_per_objective", "must be at least 1, but was " + maxPerObjective);
    }
}
