package com.cartwise.domain.bundles;

import static com.cartwise.domain.bundles.Shops.AS_OF;
import static com.cartwise.domain.bundles.Shops.EUR;
import static com.cartwise.domain.bundles.Shops.repeat;
import static com.cartwise.domain.bundles.SkiShop.BINDINGS;
import static com.cartwise.domain.bundles.SkiShop.GLOVES;
import static com.cartwise.domain.bundles.SkiShop.HAT;
import static com.cartwise.domain.bundles.SkiShop.SKI_A;
import static com.cartwise.domain.bundles.SkiShop.SKI_B;
import static com.cartwise.domain.bundles.SkiShop.WAX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.bundles.candidates.CandidateGeneration;
import com.cartwise.domain.bundles.candidates.CandidateRequest;
import com.cartwise.domain.bundles.candidates.CandidateSettings;
import com.cartwise.domain.bundles.copy.CopyWriting;
import com.cartwise.domain.bundles.copy.ProposedBundle;
import com.cartwise.domain.bundles.enrichment.Catalogue;
import com.cartwise.domain.bundles.enrichment.Enrichment;
import com.cartwise.domain.bundles.enrichment.EnrichmentSettings;
import com.cartwise.domain.bundles.enrichment.OrderSale;
import com.cartwise.domain.bundles.explanation.Explaining;
import com.cartwise.domain.bundles.objectives.FlagThresholds;
import com.cartwise.domain.bundles.objectives.ProductFlagging;
import com.cartwise.domain.bundles.publishing.PublishingWaves;
import com.cartwise.domain.bundles.ranking.Ranking;
import com.cartwise.domain.bundles.ranking.RankingSettings;
import com.cartwise.domain.mining.Progress;
import com.cartwise.domain.mining.TestProgress;
import com.cartwise.domain.mining.WorkCancelledException;
import com.cartwise.domain.pricing.Pricing;
import com.cartwise.domain.pricing.PricingPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every phase in the order the application runs them, on the ski shop. */
class BundlePipelineTest {
    private static List<ProposedBundle> run(List<OrderSale> orders, Set<Objective> objectives) {
        var profile = new Enrichment(EnrichmentSettings.DEFAULTS).enrich(new Catalogue(EUR, SkiShop.catalogue()), orders, AS_OF, Progress.NONE);
        var shop = new ProductFlagging(FlagThresholds.DEFAULTS).flag(profile, Progress.NONE);
        var candidates = new CandidateGeneration(CandidateSettings.DEFAULTS).generate(
                new CandidateRequest(shop, orders, List.of(), objectives, EnumSet.allOf(BundleType.class)), Progress.NONE);
        var distinct = new Deduplication().deduplicate(candidates.candidates(), Progress.NONE);
        var ranked = new Ranking(RankingSettings.DEFAULTS).rank(distinct.candidates(), shop, Progress.NONE);
        var priced = new Pricing(PricingPolicy.DEFAULTS).price(ranked, profile, List.of(), Progress.NONE);
        var explained = new Explaining(FlagThresholds.DEFAULTS).explain(priced, shop, Progress.NONE);
        return new CopyWriting().write(explained, profile, Progress.NONE);
    }

    @Test
    void aThirtyOrderShopGetsSensibleFallbackBundlesThatSayWhatTheyAre() {
        List<OrderSale> orders = SkiShop.thirtySingleItemOrders();

        List<ProposedBundle> proposals = run(orders, Set.of(Objective.INCREASE_AOV));

        List<ProposedBundle> fbt = proposals.stream().filter(p -> p.bundle().priced().ranked().candidate().type() == BundleType.FBT).toList();
        assertFalse(fbt.isEmpty());
        for (ProposedBundle p : fbt) {
            assertTrue(p.bundle().priced().ranked().candidate().isFallback());
            assertTrue(p.bundle().explanation().text().contains("too few orders yet to show what sells together"), p.bundle().explanation().text());
            assertTrue(p.bundle().priced().price().price().compareTo(p.bundle().priced().price().listPrice()) <= 0);
        }
    }

    @Test
    void aBusyShopLeadsWithWhatIsBoughtTogetherAndReleasesItInWaves() {
        List<OrderSale> orders = new ArrayList<>();
        orders.addAll(repeat(30, 10, SKI_A, WAX));
        orders.addAll(repeat(20, 20, SKI_B, BINDINGS, WAX));
        orders.addAll(repeat(10, 30, SKI_A, BINDINGS));
        orders.addAll(repeat(40, 40, GLOVES, HAT));

        List<ProposedBundle> proposals = run(orders, EnumSet.allOf(Objective.class));

        ProposedBundle top = proposals.get(0);
        assertEquals(1, top.bundle().priced().ranked().rank());
        assertFalse(top.bundle().priced().ranked().candidate().isFallback());
        assertTrue(top.bundle().priced().price().price().compareTo(BigDecimal.ZERO) > 0);
        assertEquals(64, top.copyKey().length());
        List<List<ProposedBundle>> waves = PublishingWaves.DEFAULT.waves(proposals);
        assertEquals(3, waves.get(0).size());
        assertEquals(proposals.size(), waves.stream().mapToInt(List::size).sum());
        assertTrue(proposals.stream().allMatch(p -> {
            var price = p.bundle().priced().price();
            return price.marginIfKnown().map(m -> m.signum() >= 0).orElse(true);
        }), "never below cost");
    }

    @Test
    void everyPhaseStopsAtACheckpointWhenCancelledAndReportsProgressThatNeverDecreases() {
        List<OrderSale> orders = SkiShop.busyOrders();
        var profile = new Enrichment(EnrichmentSettings.DEFAULTS).enrich(new Catalogue(EUR, SkiShop.catalogue()), orders, AS_OF, Progress.NONE);
        var shop = new ProductFlagging(FlagThresholds.DEFAULTS).flag(profile, Progress.NONE);
        CandidateRequest request = new CandidateRequest(shop, orders, List.of(), EnumSet.allOf(Objective.class), EnumSet.allOf(BundleType.class));
        List<Double> reports = new ArrayList<>();
        Progress recording = TestProgress.recordingInto(reports);

        var candidates = new CandidateGeneration(CandidateSettings.DEFAULTS).generate(request, recording);

        for (int i = 1; i < reports.size(); i++) {
            assertTrue(reports.get(i) >= reports.get(i - 1), reports.toString());
        }
        assertEquals(1.0, reports.get(reports.size() - 1));
        Progress cancelled = TestProgress.cancelled();
        var ranked = new Ranking(RankingSettings.DEFAULTS).rank(candidates.candidates(), shop, Progress.NONE);
        var priced = new Pricing(PricingPolicy.DEFAULTS).price(ranked, profile, List.of(), Progress.NONE);
        var explained = new Explaining(FlagThresholds.DEFAULTS).explain(priced, shop, Progress.NONE);
        List<Runnable> phases = List.of(
                () -> new Enrichment(EnrichmentSettings.DEFAULTS).enrich(new Catalogue(EUR, SkiShop.catalogue()), orders, AS_OF, cancelled),
                () -> new ProductFlagging(FlagThresholds.DEFAULTS).flag(profile, cancelled),
                () -> new CandidateGeneration(CandidateSettings.DEFAULTS).generate(request, cancelled),
                () -> new Deduplication().deduplicate(candidates.candidates(), cancelled),
                () -> new Ranking(RankingSettings.DEFAULTS).rank(candidates.candidates(), shop, cancelled),
                () -> new Pricing(PricingPolicy.DEFAULTS).price(ranked, profile, List.of(), cancelled),
                () -> new Explaining(FlagThresholds.DEFAULTS).explain(priced, shop, cancelled),
                () -> new CopyWriting().write(explained, profile, cancelled));
        for (Runnable phase : phases) {
            assertThrows(WorkCancelledException.class, phase::run);
        }
    }
}
