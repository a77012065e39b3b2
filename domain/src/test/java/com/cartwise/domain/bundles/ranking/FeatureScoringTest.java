package com.cartwise.domain.bundles.ranking;

import static com.cartwise.domain.bundles.Shops.flagged;
import static com.cartwise.domain.bundles.SkiShop.BINDINGS;
import static com.cartwise.domain.bundles.SkiShop.SKI_A;
import static com.cartwise.domain.bundles.SkiShop.WAX;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Candidate;
import com.cartwise.domain.bundles.CandidateSource;
import com.cartwise.domain.bundles.Evidence;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.bundles.SkiShop;
import com.cartwise.domain.bundles.enrichment.OrderSale;
import com.cartwise.domain.bundles.objectives.FlaggedShop;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureScoringTest {
    private static final double CLOSE = 1e-9;
    private static final FeatureScales SCALES = FeatureScales.DEFAULTS;
    private final FlaggedShop shop;

    FeatureScoringTest() {
        // 100 orders: ski A + wax 30, ski B + bindings + wax 20, ski A + bindings 10, gloves 40 (all within 90 days)
        List<OrderSale> orders = SkiShop.busyOrders();
        shop = flagged(SkiShop.catalogue(), orders);
    }

    @Test
    void theWilsonBoundShrinksSmallEvidence() {
        // (p + z²/2n − z·sqrt(p(1−p)/n + z²/4n²)) / (1 + z²/n) with z = 1.96
        assertEquals(1 / 2.9208, SCALES.wilsonLowerBound(2, 2), CLOSE); // (1.9604 - 0.9604) / 2.9208
        assertEquals(1 / 1.019208, SCALES.wilsonLowerBound(200, 200), CLOSE);
        assertEquals(0.0, SCALES.wilsonLowerBound(0, 0));
        assertEquals(0.0, SCALES.wilsonLowerBound(0, 10), CLOSE);
    }

    @Test
    void scoresAPairFromItsCountsStockAndPrices() {
        // wax 50 orders, ski A 40, together 30, N 100
        Candidate skiAndWax = new Candidate(BundleType.FBT, Objective.INCREASE_AOV, List.of(WAX, SKI_A), Set.of(CandidateSource.CO_VISITATION),
                new Evidence(100, 30, List.of(WAX, SKI_A), List.of(50, 40), List.of(30)));

        Features f = new FeatureScoring(SCALES, shop).score(skiAndWax);

        double confidence = SCALES.wilsonLowerBound(30, 40); // 0.59806 beats 30 of 50 (0.46181)
        assertEquals(confidence, f.confidence(), CLOSE);
        assertEquals(0.5980574093302989, f.confidence(), CLOSE);
        assertEquals(30 / Math.sqrt(40 * 50), f.coVisitation(), CLOSE);
        double shrunkLift = 1.5 * (confidence / (30 / 40.0)); // lift 30*100/(40*50) with the bound for the confidence
        assertEquals(1 - 1 / shrunkLift, f.lift(), CLOSE);
        // ski A: 50 on hand at 40/90 a day = 112.5 days -> 0.625; wax: 500 at 50/90 = 900 days -> 1
        assertEquals((112.5 / 180 + 1) / 2, f.inventory(), CLOSE);
        // balance (12/400)/0.25 = 0.12; margin (412 - 243)/412 = 0.41 -> over 0.40, full
        assertEquals(0.5 * 0.12 + 0.5 * 1, f.priceSanity(), CLOSE);
    }

    @Test
    void expectsRevenueAndMarginFromTheConfidenceAndRisksStockoutsWithinAMonth() {
        Candidate skiAndWax = new Candidate(BundleType.FBT, Objective.INCREASE_AOV, List.of(WAX, SKI_A), Set.of(CandidateSource.CO_VISITATION),
                new Evidence(100, 30, List.of(WAX, SKI_A), List.of(50, 40), List.of(30)));
        FeatureScoring scoring = new FeatureScoring(SCALES, shop);
        Features f = scoring.score(skiAndWax);

        BundleOutlook outlook = scoring.outlook(skiAndWax, f);

        assertEquals(412 * f.confidence(), outlook.expectedRevenue(), CLOSE);
        assertEquals((412 - 243) * f.confidence(), outlook.expectedMargin(), CLOSE);
        assertEquals(0.0, outlook.inventoryRisk(), CLOSE, "112 and 900 days of cover: no risk within 30 days");
    }

    @Test
    void aSingleVariantIsScoredOnBuyingItInMultiples() {
        // poles: never sold, so no multi-unit lines; 100 on hand not selling -> inventory 1; no cost -> headroom 0.5
        Candidate poles = new Candidate(BundleType.VOLUME, Objective.CLEAR_SLOW_MOVERS, List.of(SkiShop.POLES), Set.of(CandidateSource.PRODUCT_FLAGS),
                Evidence.ofSingle(100, SkiShop.POLES, 0));

        Features f = new FeatureScoring(SCALES, shop).score(poles);

        assertEquals(new Features(0, 0, 0, 1, 0.5 * 1 + 0.5 * 0.5), f);
    }

    @Test
    void aMixAndMatchSetIsScoredByTheMeanOverItsPairs() {
        // wax 50, bindings 30, ski A 40: wax-bindings 20, wax-ski 30, bindings-ski 10, all three 0
        Candidate set = new Candidate(BundleType.MIX_AND_MATCH, Objective.INCREASE_AOV, List.of(WAX, BINDINGS, SKI_A),
                Set.of(CandidateSource.CO_VISITATION), new Evidence(100, 0, List.of(WAX, BINDINGS, SKI_A), List.of(50, 30, 40), List.of(20, 30, 10)));

        Features f = new FeatureScoring(SCALES, shop).score(set);

        double expected = (20 / Math.sqrt(50 * 30) + 30 / Math.sqrt(50 * 40) + 10 / Math.sqrt(30 * 40)) / 3;
        assertEquals(expected, f.coVisitation(), CLOSE);
        assertEquals((SCALES.wilsonLowerBound(20, 30) + SCALES.wilsonLowerBound(30, 40) + SCALES.wilsonLowerBound(10, 30)) / 3,
                f.confidence(), CLOSE);
    }
}
