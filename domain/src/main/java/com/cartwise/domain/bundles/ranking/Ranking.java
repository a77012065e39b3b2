package com.cartwise.domain.bundles.ranking;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.bundles.Candidate;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.bundles.objectives.FlaggedShop;
import com.cartwise.domain.mining.Progress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Phase 5 of bundle generation: scores each candidate with its objective's weights, optionally
 * keeps only each objective's Pareto front, keeps the best {@code maxPerObjective} of each
 * objective, and ranks them all by score (ties: bundle key, so the order is reproducible).
 */
public final class Ranking {
    private final RankingSettings settings;

    public Ranking(RankingSettings settings) {
        InvalidInputException.require(settings != null, "ranking_settings", "are required");
        this.settings = settings;
    }

    public List<RankedCandidate> rank(List<Candidate> candidates, FlaggedShop shop, Progress progress) {
        FeatureScoring scoring = new FeatureScoring(settings.scales(), shop);
        Map<Objective, List<Scored>> byObjective = new EnumMap<>(Objective.class);
        Map<Objective, RankingWeights> weights = new EnumMap<>(Objective.class);
        for (int i = 0; i < candidates.size(); i++) {
            if ((i & 1023) == 0) {
                progress.advance(i, candidates.size());
            }
            Candidate candidate = candidates.get(i);
            Features features = scoring.score(candidate);
            double score = weights.computeIfAbsent(candidate.objective(), settings.weighting()::weightsFor).score(features);
            byObjective.computeIfAbsent(candidate.objective(), o -> new ArrayList<>())
                    .add(new Scored(candidate, candidate.key().value(), features, Math.min(1, score), scoring.outlook(candidate, features)));
        }
        List<Scored> kept = new ArrayList<>();
        for (List<Scored> scored : byObjective.values()) {
            List<Scored> pool = settings.paretoOnly() ? front(scored) : scored;
            pool.sort(BEST_FIRST);
            kept.addAll(pool.subList(0, Math.min(settings.maxPerObjective(), pool.size())));
        }
        kept.sort(BEST_FIRST);
        List<RankedCandidate> ranked = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Scored s = kept.get(i);
            ranked.add(new RankedCandidate(s.candidate(), s.features(), s.score(), s.outlook(), i + 1));
        }
        progress.report(1.0);
        return ranked;
    }

    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble((Scored s) -> -s.score())
            .thenComparing(Scored::key);

    private static List<Scored> front(List<Scored> scored) {
        List<Scored> front = new ArrayList<>();
        for (int i : ParetoFront.of(scored.stream().map(Scored::outlook).toList())) {
            front.add(scored.get(i));
        }
        return front;
    }

    /** A candidate with its key computed once: the tie-break of every comparison. */
    private record Scored(Candidate candidate, String key, Features features, double score, BundleOutlook outlook) {
    }
}
