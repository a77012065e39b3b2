package com.cartwise.domain.pricing;

import static com.cartwise.domain.bundles.Shops.entry;
import static com.cartwise.domain.bundles.Shops.flagged;
import static com.cartwise.domain.bundles.Shops.line;
import static com.cartwise.domain.bundles.Shops.order;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Candidate;
import com.cartwise.domain.bundles.CandidateSource;
import com.cartwise.domain.bundles.Evidence;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.bundles.enrichment.CatalogEntry;
import com.cartwise.domain.bundles.enrichment.OrderSale;
import com.cartwise.domain.bundles.ranking.BundleOutlook;
import com.cartwise.domain.bundles.ranking.Features;
import com.cartwise.domain.bundles.ranking.RankedCandidate;
import com.cartwise.domain.mining.Progress;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PricingTest {
    private static final List<CatalogEntry> CATALOGUE = List.of(entry(1, "Ski", "Skis", "400.00", "240.00", 10),
            entry(2, "Wax", "Skis", "12.00", "3.00", 10), entry(3, "Gloves", "Apparel", "30.00", "12.00", 10));
    private static final PricingPolicy NO_BANDIT = new PricingPolicy(DiscountCaps.DEFAULTS, DiscountShrinkage.DEFAULTS,
            CapRange.percent(5, 25), new BanditSettings(false, BanditSettings.DEFAULTS.arms(), 0.1, 1, 100));

    private static RankedCandidate ranked(Objective objective, double coVisitation) {
        Candidate c = new Candidate(BundleType.FBT, objective, List.of(1L, 2L), Set.of(CandidateSource.CO_VISITATION),
                Evidence.ofPair(10, 2, 1, 2, 4, 3));
        return new RankedCandidate(c, new Features(0.5, coVisitation, 0.5, 0.5, 0.5), 0.5, new BundleOutlook(1, 1, 0), 1);
    }

    @Test
    void withoutHistoryProductsThatBelongTogetherGetLessDiscount() {
        var shop = flagged(CATALOGUE, List.of()).profile();
        Pricing pricing = new Pricing(NO_BANDIT);

        // 25% - 20% x similarity: 0.5 -> 15%; 0.9 -> 7%; 0.0 -> 25%, capped at increase_aov's 20%
        assertEquals(DiscountRate.ofPercent(15), pricing.prior(ranked(Objective.INCREASE_AOV, 0.5), shop, CapRange.percent(5, 20)).rate());
        assertEquals(DiscountRate.ofPercent(7), pricing.prior(ranked(Objective.INCREASE_AOV, 0.9), shop, CapRange.percent(5, 20)).rate());
        DiscountBandit.Choice unrelated = pricing.prior(ranked(Objective.INCREASE_AOV, 0.0), shop, CapRange.percent(5, 20));
        assertEquals(DiscountRate.ofPercent(20), unrelated.rate());
        assertEquals(DiscountBasis.SIMILARITY_DEFAULT, unrelated.basis());
    }

    @Test
    void withHistoryTheShrunkRateIsOfferedWithinTheCaps() {
        // ski: 1 line at 20% off; wax: 1 line at 10%; gloves (another category): 1 line at 50%
        // own (ski + wax) 0.15, category Skis 0.15, shop (0.2 + 0.1 + 0.5) / 3 = 0.2667
        // 0.6 x 0.15 + 0.3 x 0.15 + 0.1 x 0.2667 = 0.1617 -> 16%
        List<OrderSale> orders = List.of(order(1, line(1, 1, "400.00", "80.00")), order(2, line(2, 1, "10.00", "1.00")),
                order(3, line(3, 1, "30.00", "15.00")));
        var shop = flagged(CATALOGUE, orders).profile();

        List<PricedBundle> priced = new Pricing(NO_BANDIT).price(List.of(ranked(Objective.INCREASE_AOV, 0.5)), shop, List.of(), Progress.NONE);

        BundlePrice price = priced.get(0).price();
        assertEquals(DiscountBasis.SHRUNK_HISTORY, price.basis());
        assertEquals(new Offer.PercentOff(DiscountRate.ofPercent(16)), price.offer());
        assertEquals(CapRange.percent(5, 20), price.caps());
        // margin guard allows at most 10%
        BundlePrice guarded = new Pricing(NO_BANDIT).price(List.of(ranked(Objective.MARGIN_GUARD, 0.5)), shop, List.of(), Progress.NONE)
                .get(0).price();
        assertEquals(new Offer.PercentOff(DiscountRate.ofPercent(10)), guarded.offer());
    }

    @Test
    void theBanditChoosesFromRecordedOutcomes() {
        var shop = flagged(CATALOGUE, List.of()).profile();
        RankedCandidate bundle = ranked(Objective.INCREASE_AOV, 0.5);
        PricingPolicy greedy = new PricingPolicy(DiscountCaps.DEFAULTS, DiscountShrinkage.DEFAULTS, CapRange.percent(5, 25),
                new BanditSettings(true, BanditSettings.DEFAULTS.arms(), 0.0, 1, 100));
        List<BundleOutcome> outcomes = List.of(new BundleOutcome(bundle.candidate().key(), Objective.INCREASE_AOV, DiscountRate.ofPercent(10),
                500, 50, new java.math.BigDecimal("18000")));

        BundlePrice price = new Pricing(greedy).price(List.of(bundle), shop, outcomes, Progress.NONE).get(0).price();

        assertEquals(DiscountBasis.BANDIT_EXPLOIT, price.basis());
        assertEquals(new Offer.PercentOff(DiscountRate.ofPercent(10)), price.offer());
    }
}
