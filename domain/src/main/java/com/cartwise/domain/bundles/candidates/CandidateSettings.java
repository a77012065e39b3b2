package com.cartwise.domain.bundles.candidates;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.mining.MiningLimits;

/**
 * How candidates are found.
 *
 * @param minSupport           FP-Growth's minimum support, a share of orders
 * @param minConfidence        the rules' minimum confidence
 * @param maxBundleSize        the largest itemset mined, and the largest FBT bundle
 * @param minOrdersTogether    orders a set must share to count as evidence at all: below it, two
 *                             co-purchases would be a "rule" in a 30-order shop
 * @param neighboursPerVariant co-visitation neighbours kept per variant
 * @param minEvidenceGroups    fewer sets with evidence than this starts the fallback ladder for
 *                             the best sellers
 * @param fallbackAnchors      how many variants the ladder finds partners for, per reason
 * @param maxMixAndMatchSize   the most variants in a mix-and-match set
 * @param miningLimits         FP-Growth's guards
 */
public record CandidateSettings(double minSupport, double minConfidence, int maxBundleSize, int minOrdersTogether,
                                int neighboursPerVariant, int minEvidenceGroups, int fallbackAnchors, int maxMixAndMatchSize,
                                MiningLimits miningLimits) {
    /**
     * Support 0.02 and confidence 0.18 are the reference generator's; three orders together is
     * the least that is more than a coincidence; five neighbours per variant is what a bundle
     * page shows; ten sets with evidence make a first page of bundles without the ladder.
     */
    public static final CandidateSettings DEFAULTS = new CandidateSettings(0.02, 0.18, 3, 3, 5, 10, 20, 4, MiningLimits.DEFAULTS);

    public CandidateSettings {
        InvalidInputException.require(minSupport > 0 && minSupport <= 1, "min_support", "must be in (0, 1], but was " + minSupport);
        InvalidInputException.require(minConfidence >= 0 && minConfidence <= 1, "min_confidence", "must be in [0, 1], but was " + minConfidence);
        InvalidInputException.require(maxBundleSize >= 2 && maxBundleSize <= 3, "max_bundle_size", "must be 2 or 3, but was " + maxBundleSize);
        InvalidInputException.require(minOrdersTogether >= 1, "min_orders_together", "must be at least 1, but was " + minOrdersTogether);
        InvalidInputException.require(neighboursPerVariant >= 1, "neighbours_per_variant", "must be at least 1, but was " + neighboursPerVariant);
        InvalidInputException.require(minEvidenceGroups >= 0, "min_evidence_groups", "must not be negative, but was " + minEvidenceGroups);
        InvalidInputException.require(fallbackAnchors >= 0, "fallback_anchors", "must not be negative, but was " + fallbackAnchors);
        InvalidInputException.require(maxMixAndMatchSize >= 3 && maxMixAndMatchSize <= 5, "max_mix_and_match_size",
                "must be 3 to 5, but was " + maxMixAndMatchSize);
        InvalidInputException.require(miningLimits != null, "mining_limits", "are required");
    }
}
