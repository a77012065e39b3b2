package com.cartwise.domain.bundles.quickstart;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Candidate;
import com.cartwise.domain.bundles.CandidateSource;
import com.cartwise.domain.bundles.Evidence;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.bundles.copy.CopyWriting;
import com.cartwise.domain.bundles.copy.ProposedBundle;
import com.cartwise.domain.bundles.enrichment.Catalogue;
import com.cartwise.domain.bundles.enrichment.Enrichment;
import com.cartwise.domain.bundles.enrichment.EnrichmentSettings;
import com.cartwise.domain.bundles.enrichment.OrderSale;
import com.cartwise.domain.bundles.enrichment.ShopProfile;
import com.cartwise.domain.bundles.enrichment.VariantProfile;
import com.cartwise.domain.bundles.explanation.Explaining;
import com.cartwise.domain.bundles.objectives.FlagThresholds;
import com.cartwise.domain.bundles.objectives.FlaggedShop;
import com.cartwise.domain.bundles.ranking.FeatureScoring;
import com.cartwise.domain.bundles.ranking.Features;
import com.cartwise.domain.bundles.ranking.ObjectiveWeighting;
import com.cartwise.domain.bundles.ranking.RankedCandidate;
import com.cartwise.domain.bundles.ranking.RankingSettings;
import com.cartwise.domain.mining.Progress;
import com.cartwise.domain.pricing.Pricing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fast path for a first install, run before the full pipeline and replaced by it: the
 * {@code topVariants} best sellers by units, pairs of them by co-occurrence only (most orders
 * together first; distinct products; each variant in at most {@code maxPerVariant} bundles),
 * {@code bundles} FBT bundles raising the order value at one fixed discount (never below cost),
 * explained and written by the template. No mining, no flags, no bandit. A shop whose best
 * sellers are never bought together gets fewer bundles, or none.
 */
public final class QuickStart {
    private final QuickStartSettings settings;

    public QuickStart(QuickStartSettings settings) {
        InvalidInputException.require(settings != null, "quick_start_settings", "are required");
        this.settings = settings;
    }

    public List<ProposedBundle> generate(Catalogue catalogue, List<OrderSale> orders, Instant asOf, Progress progress) {
        ShopProfile profile = new Enrichment(EnrichmentSettings.DEFAULTS).enrich(catalogue, orders, asOf, progress.slice(0, 0.6));
        FlaggedShop shop = new FlaggedShop(profile, Map.of());
        List<Long> top = profile.variants().values().stream().filter(v -> v.entry().sellable() && v.sales().units() > 0)
                .sorted(Comparator.comparingLong((VariantProfile v) -> -v.sales().units()).thenComparingLong(VariantProfile::variantId))
                .limit(settings.topVariants()).map(VariantProfile::variantId).toList();
        TopSellerPairs pairs = TopSellerPairs.count(top, orders, asOf);
        progress.report(0.8);
        List<RankedCandidate> ranked = rank(pairs(top, pairs, profile), shop);
        var priced = Pricing.fixed(ranked, profile, settings.discount());
        var explained = new Explaining(FlagThresholds.DEFAULTS).explain(priced, shop, Progress.NONE);
        List<ProposedBundle> proposed = new CopyWriting().write(explained, profile, Progress.NONE);
        progress.report(1.0);
        return proposed;
    }

    private List<Candidate> pairs(List<Long> top, TopSellerPairs counts, ShopProfile profile) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            for (int j = i + 1; j < top.size(); j++) {
                boolean sameProduct = profile.variant(top.get(i)).productId().equals(profile.variant(top.get(j)).productId());
                if (!sameProduct && counts.together[i][j] >= settings.minOrdersTogether()) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        // most orders together first; ties by the best sellers' ranks, so the result is reproducible
        pairs.sort(Comparator.comparingInt((int[] p) -> -counts.together[p[0]][p[1]]).thenComparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        Map<Integer, Integer> uses = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (int[] p : pairs) {
            if (candidates.size() == settings.bundles()) {
                break;
            }
            if (uses.getOrDefault(p[0], 0) < settings.maxPerVariant() && uses.getOrDefault(p[1], 0) < settings.maxPerVariant()) {
                uses.merge(p[0], 1, Integer::sum);
                uses.merge(p[1], 1, Integer::sum);
                candidates.add(candidate(top, counts, p[0], p[1]));
            }
        }
        return candidates;
    }

    /** Anchor first: the variant in more orders (the better seller on ties). */
    private static Candidate candidate(List<Long> top, TopSellerPairs counts, int i, int j) {
        int anchor = counts.orders[j] > counts.orders[i] ? j : i;
        int other = anchor == i ? j : i;
        Evidence evidence = Evidence.ofPair(counts.totalOrders, counts.together[i][j], top.get(anchor), top.get(other), counts.orders[anchor],
                counts.orders[other]);
        return new Candidate(BundleType.FBT, Objective.INCREASE_AOV, List.of(top.get(anchor), top.get(other)), Set.of(CandidateSource.QUICK_START),
                evidence);
    }

    private static List<RankedCandidate> rank(List<Candidate> candidates, FlaggedShop shop) {
        FeatureScoring scoring = new FeatureScoring(RankingSettings.DEFAULTS.scales(), shop);
        List<RankedCandidate> ranked = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Features features = scoring.score(candidates.get(i));
            double score = Math.min(1, ObjectiveWeighting.DEFAULTS.weightsFor(Objective.INCREASE_AOV).score(features));
            ranked.add(new RankedCandidate(candidates.get(i), features, score, scoring.outlook(candidates.get(i), features), i + 1));
        }
        return ranked;
    }
}
