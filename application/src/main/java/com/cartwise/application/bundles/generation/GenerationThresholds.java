package com.cartwise.application.bundles.generation;

import com.cartwise.domain.bundles.candidates.CandidateSettings;
import com.cartwise.domain.bundles.ranking.RankingSettings;

/**
 * The thresholds a merchant may set for one generation, checked when it is started (so a bad value
 * is refused naming its field and nothing is queued) and stored with it, so a resumed run uses
 * the same ones. Unset, each is the domain's default ({@link CandidateSettings#DEFAULTS},
 * {@link RankingSettings#DEFAULTS}).
 *
 * @param minSupport        FP-Growth's minimum support, a share of orders
 * @param minConfidence     the association rules' minimum confidence
 * @param maxBundleSize     the largest itemset mined and FBT bundle made (2 or 3)
 * @param minOrdersTogether orders a set of variants must share to count as evidence
 * @param paretoOnly        keep, per objective, only the bundles no other beats on revenue, margin and inventory risk
 */
public record GenerationThresholds(double minSupport, double minConfidence, int maxBundleSize, int minOrdersTogether,
                                   boolean paretoOnly) {
    public static final GenerationThresholds DEFAULTS = new GenerationThresholds(CandidateSettings.DEFAULTS.minSupport(),
            CandidateSettings.DEFAULTS.minConfidence(), CandidateSettings.DEFAULTS.maxBundleSize(),
            CandidateSettings.DEFAULTS.minOrdersTogether(), RankingSettings.DEFAULTS.paretoOnly());

    public GenerationThresholds {
        // The domain's settings check every value and name the field; built here, they refuse at the start.
        candidates(minSupport, minConfidence, maxBundleSize, minOrdersTogether);
    }

    public CandidateSettings candidateSettings() {
        return candidates(minSupport, minConfidence, maxBundleSize, minOrdersTogether);
    }

    public RankingSettings rankingSettings(RankingSettings base) {
        return new RankingSettings(base.weighting(), base.scales(), paretoOnly, base.maxPerObjective());
    }

    private static CandidateSettings candidates(double minSupport, double minConfidence, int maxBundleSize, int minOrdersTogether) {
        CandidateSettings d = CandidateSettings.DEFAULTS;
        return new CandidateSettings(minSupport, minConfidence, maxBundleSize, minOrdersTogether, d.neighboursPerVariant(),
                d.minEvidenceGroups(), d.fallbackAnchors(), d.maxMixAndMatchSize(), d.miningLimits());
    }
}
