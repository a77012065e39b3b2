package com.cartwise.application.bundles.generation;

import com.cartwise.domain.bundles.candidates.CandidateSettings;
import com.cartwise.domain.bundles.publishing.PublishingWaves;
import com.cartwise.domain.bundles.ranking.RankingSettings;
import java.time.Duration;

/**
 * How this deployment runs generations (the operator's settings; a merchant's choices are in each
 * {@link BundleGenerationRequest}).
 *
 * @param copyConcurrency           AI copy calls in flight at once, per generation
 * @param waveInterval              the least time between two publishing waves: zero publishes each wave as soon
 *                                  as its copy is written; more paces the list a dashboard sees growing
 * @param waves                     the publishing waves' cumulative sizes
 * @param ranking                   the ranking's weights and limits (a run's {@code pareto_only} overrides its flag)
 * @param recommenderPairsPerVariant the recommender's partners taken per variant as candidates
 */
public record GenerationSettings(int copyConcurrency, Duration waveInterval, PublishingWaves waves, RankingSettings ranking,
                                 int recommenderPairsPerVariant) {
    /** Four AI calls at a time: well within an API's rate limits, and a wave of 20 written in 5 round trips. */
    public static final int DEFAULT_COPY_CONCURRENCY = 4;
    public static final GenerationSettings DEFAULTS = new GenerationSettings(DEFAULT_COPY_CONCURRENCY, Duration.ZERO,
            PublishingWaves.DEFAULT, RankingSettings.DEFAULTS, CandidateSettings.DEFAULTS.neighboursPerVariant());

    public GenerationSettings {
        if (copyConcurrency < 1) {
            throw new IllegalArgumentException("cartwise.bundles.copy.concurrency must be at least 1, but was " + copyConcurrency);
        }
        if (waveInterval == null || waveInterval.isNegative()) {
            throw new IllegalArgumentException("cartwise.bundles.publishing.wave-interval must not be negative, but was " + waveInterval);
        }
        if (waves == null || ranking == null || recommenderPairsPerVariant < 1) {
            throw new IllegalArgumentException("generation settings need waves, ranking settings and at least one recommender partner");
        }
    }
}
