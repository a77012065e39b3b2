package com.cartwise.application.bundles.generation;

import static com.cartwise.application.bundles.generation.GenerationProgress.BUNDLES;
import static com.cartwise.application.bundles.generation.GenerationProgress.CANDIDATES;
import static com.cartwise.application.bundles.generation.GenerationProgress.RULES;

import com.cartwise.application.port.BundleOutcomes;
import com.cartwise.application.port.RecommenderPairs;
import com.cartwise.domain.bundles.Deduplication;
import com.cartwise.domain.bundles.candidates.CandidateGeneration;
import com.cartwise.domain.bundles.candidates.CandidateRequest;
import com.cartwise.domain.bundles.candidates.CandidateSet;
import com.cartwise.domain.bundles.candidates.RecommenderPair;
import com.cartwise.domain.bundles.enrichment.Enrichment;
import com.cartwise.domain.bundles.enrichment.EnrichmentSettings;
import com.cartwise.domain.bundles.enrichment.ShopProfile;
import com.cartwise.domain.bundles.explanation.ExplainedBundle;
import com.cartwise.domain.bundles.explanation.Explaining;
import com.cartwise.domain.bundles.objectives.FlagThresholds;
import com.cartwise.domain.bundles.objectives.FlaggedShop;
import com.cartwise.domain.bundles.objectives.ProductFlagging;
import com.cartwise.domain.bundles.ranking.RankedCandidate;
import com.cartwise.domain.bundles.ranking.Ranking;
import com.cartwise.domain.pricing.BundleOutcome;
import com.cartwise.domain.pricing.PricedBundle;
import com.cartwise.domain.pricing.Pricing;
import com.cartwise.domain.pricing.PricingPolicy;
import com.cartwise.domain.shop.ShopId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Phases 1 to 7 of a generation, the domain's decisions in order: enrichment, objectives,
 * candidates, deduplication, ranking, pricing, explanation. Each reports on its span of the job's
 * percent with the counts reached so far. Deterministic for a request (its as-of instant is fixed),
 * so a resumed run recomputes them rather than storing them.
 */
final class FullPipeline {
    private final GenerationSettings settings;
    private final RecommenderPairs recommenderPairs;
    private final BundleOutcomes outcomes;

    FullPipeline(GenerationSettings settings, RecommenderPairs recommenderPairs, BundleOutcomes outcomes) {
        this.settings = settings;
        this.recommenderPairs = recommenderPairs;
        this.outcomes = outcomes;
    }

    /** The explained bundles, best first, and the rules the candidates phase mined. */
    record Result(ShopProfile profile, CandidateSet candidates, List<ExplainedBundle> explained) {
    }

    Result run(ShopId shop, Sales sales, BundleGenerationRequest request, GenerationFlags.Phases phases, GenerationProgress progress) {
        String orders = count(sales.orders().size(), "order");
        ShopProfile profile = new Enrichment(EnrichmentSettings.DEFAULTS).enrich(sales.catalogue(), sales.orders(), request.asOf(),
                progress.domain(GenerationPhase.ENRICHMENT, 0, 1, "Profiling " + count(sales.catalogue().entries().size(), "variant")
                        + " from " + orders + ": velocity, stock cover, margin, discounts, price bands"));
        FlaggedShop flagged = new ProductFlagging(FlagThresholds.DEFAULTS).flag(profile, progress.domain(GenerationPhase.OBJECTIVES, 0, 1,
                "Flagging slow movers, new launches, seasonal and high-margin products"));

        progress.at(GenerationPhase.CANDIDATES, 0, "Reading the recommender's top pairs");
        List<RecommenderPair> pairs = phases.recommenderPairs() ? recommenderPairs.topPairs(shop, settings.recommenderPairsPerVariant())
                : List.of();
        CandidateSet candidates = new CandidateGeneration(request.thresholds().candidateSettings()).generate(
                new CandidateRequest(flagged, sales.orders(), pairs, request.objectives(), request.types()),
                progress.domain(GenerationPhase.CANDIDATES, 0.02, 1, String.format(Locale.ROOT,
                        "Mining %s at a minimum support of %s and confidence of %s; co-visitation; %s from the recommender",
                        orders, percent(request.thresholds().minSupport()), percent(request.thresholds().minConfidence()),
                        count(pairs.size(), "pair"))));
        progress.tally(RULES, candidates.rules().size());

        Deduplication.Result distinct = new Deduplication().deduplicate(candidates.candidates(), progress.domain(
                GenerationPhase.DEDUPLICATION, 0, 1, "Merging duplicates among " + count(candidates.candidates().size(), "candidate")));
        progress.tally(CANDIDATES, distinct.candidates().size());

        List<RankedCandidate> ranked = new Ranking(request.thresholds().rankingSettings(settings.ranking())).rank(distinct.candidates(),
                flagged, progress.domain(GenerationPhase.RANKING, 0, 1, "Ranking " + count(distinct.candidates().size(), "distinct candidate")
                        + " for " + count(request.objectives().size(), "objective")));
        progress.tally(BUNDLES, ranked.size());

        List<BundleOutcome> history = phases.outcomeLearning() ? outcomes.of(shop) : List.of();
        List<PricedBundle> priced = new Pricing(PricingPolicy.DEFAULTS).price(ranked, profile, history, progress.domain(
                GenerationPhase.PRICING, 0, 1, "Pricing " + count(ranked.size(), "bundle") + " (" + count(history.size(), "recorded outcome")
                        + " to learn from)"));
        List<ExplainedBundle> explained = new Explaining(FlagThresholds.DEFAULTS).explain(priced, flagged, progress.domain(
                GenerationPhase.EXPLANATION, 0, 1, "Explaining " + count(priced.size(), "bundle")));
        return new Result(profile, candidates, explained);
    }

    static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%s%%", new BigDecimal(Double.toString(share * 100)).stripTrailingZeros()
                .toPlainString());
    }
}
