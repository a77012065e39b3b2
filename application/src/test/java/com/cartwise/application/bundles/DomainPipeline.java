package com.cartwise.application.bundles;

import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Deduplication;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.bundles.candidates.CandidateGeneration;
import com.cartwise.domain.bundles.candidates.CandidateRequest;
import com.cartwise.domain.bundles.candidates.CandidateSet;
import com.cartwise.domain.bundles.candidates.CandidateSettings;
import com.cartwise.domain.bundles.copy.ProposedBundle;
import com.cartwise.domain.bundles.enrichment.Catalogue;
import com.cartwise.domain.bundles.enrichment.Enrichment;
import com.cartwise.domain.bundles.enrichment.EnrichmentSettings;
import com.cartwise.domain.bundles.enrichment.OrderSale;
import com.cartwise.domain.bundles.enrichment.ShopProfile;
import com.cartwise.domain.bundles.explanation.ExplainedBundle;
import com.cartwise.domain.bundles.explanation.Explaining;
import com.cartwise.domain.bundles.objectives.FlagThresholds;
import com.cartwise.domain.bundles.objectives.FlaggedShop;
import com.cartwise.domain.bundles.objectives.ProductFlagging;
import com.cartwise.domain.bundles.quickstart.QuickStart;
import com.cartwise.domain.bundles.quickstart.QuickStartSettings;
import com.cartwise.domain.bundles.ranking.Ranking;
import com.cartwise.domain.bundles.ranking.RankingSettings;
import com.cartwise.domain.mining.Progress;
import com.cartwise.domain.pricing.Pricing;
import com.cartwise.domain.pricing.PricingPolicy;
import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/**
 * The domain's phases called one after the other with the defaults, on what the fakes hold: the
 * oracle a generation job's output is compared with.
 */
final class DomainPipeline {
    private DomainPipeline() {
    }

    /** The full pipeline's bundles for every objective and type, best first, and the rules it mined. */
    record Output(List<ExplainedBundle> bundles, int rules) {
        List<BundleKey> keys() {
            return bundles.stream().map(b -> b.priced().ranked().candidate().key()).toList();
        }
    }

    static Output run(InMemoryCartwise cartwise, ShopId shop, Instant asOf) {
        Catalogue catalogue = cartwise.shopSales.catalogue(shop);
        List<OrderSale> orders = cartwise.shopSales.orders(shop);
        ShopProfile profile = new Enrichment(EnrichmentSettings.DEFAULTS).enrich(catalogue, orders, asOf, Progress.NONE);
        FlaggedShop flagged = new ProductFlagging(FlagThresholds.DEFAULTS).flag(profile, Progress.NONE);
        CandidateSet candidates = new CandidateGeneration(CandidateSettings.DEFAULTS).generate(new CandidateRequest(flagged, orders,
                cartwise.recommenderPairs.topPairs(shop, CandidateSettings.DEFAULTS.neighboursPerVariant()),
                EnumSet.allOf(Objective.class), EnumSet.allOf(BundleType.class)), Progress.NONE);
        var distinct = new Deduplication().deduplicate(candidates.candidates(), Progress.NONE);
        var ranked = new Ranking(RankingSettings.DEFAULTS).rank(distinct.candidates(), flagged, Progress.NONE);
        var priced = new Pricing(PricingPolicy.DEFAULTS).price(ranked, profile, List.of(), Progress.NONE);
        return new Output(new Explaining(FlagThresholds.DEFAULTS).explain(priced, flagged, Progress.NONE), candidates.rules().size());
    }

    static List<ProposedBundle> quickStart(InMemoryCartwise cartwise, ShopId shop, Instant asOf) {
        return new QuickStart(QuickStartSettings.DEFAULTS).generate(cartwise.shopSales.catalogue(shop), cartwise.shopSales.orders(shop),
                asOf, Progress.NONE);
    }
}
