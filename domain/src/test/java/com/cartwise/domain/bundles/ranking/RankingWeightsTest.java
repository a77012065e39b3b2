package com.cartwise.domain.bundles.ranking;

import static com.cartwise.domain.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.bundles.Objective;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingWeightsTest {
    private static final double EXACT = 1e-12;

    @Test
    void theDefaultsAreTheReferenceGeneratorsWeights() {
        RankingWeights w = ObjectiveWeighting.DEFAULTS.weightsFor(Objective.NEW_LAUNCH);

        assertEquals(new RankingWeights(0.40, 0.20, 0.20, 0.10, 0.10), w);
    }

    @Test
    void clearingSlowMoversWeighsInventoryAQuarterAndScalesTheRestByThreeQuartersOverNineTenths() {
        RankingWeights w = ObjectiveWeighting.DEFAULTS.weightsFor(Objective.CLEAR_SLOW_MOVERS);

        assertEquals(0.25, w.inventory(), EXACT);
        assertEquals(0.40 * 0.75 / 0.9, w.confidence(), EXACT); // 1/3
        assertEquals(0.20 * 0.75 / 0.9, w.coVisitation(), EXACT); // 1/6
        assertEquals(0.20 * 0.75 / 0.9, w.lift(), EXACT);
        assertEquals(0.10 * 0.75 / 0.9, w.priceSanity(), EXACT); // 1/12
    }

    @Test
    void marginGuardWeighsPriceSanityAQuarter() {
        RankingWeights w = ObjectiveWeighting.DEFAULTS.weightsFor(Objective.MARGIN_GUARD);

        assertEquals(0.25, w.priceSanity(), EXACT);
        assertEquals(1.0 / 3, w.confidence(), EXACT);
        assertEquals(1.0 / 12, w.inventory(), EXACT);
    }

    @Test
    void raisingTheOrderValueWeighsCoVisitationAQuarterAndScalesTheRestByFifteenSixteenths() {
        RankingWeights w = ObjectiveWeighting.DEFAULTS.weightsFor(Objective.INCREASE_AOV);

        assertEquals(0.25, w.coVisitation(), EXACT);
        assertEquals(0.375, w.confidence(), EXACT); // 0.40 * 0.75 / 0.8
        assertEquals(0.1875, w.lift(), EXACT);
        assertEquals(0.09375, w.inventory(), EXACT);
        assertEquals(0.09375, w.priceSanity(), EXACT);
    }

    @Test
    void aScoreIsTheWeightedSumOfTheFeatures() {
        Features features = new Features(1.0, 0.5, 0.25, 0.0, 1.0);

        assertEquals(0.40 + 0.10 + 0.05 + 0 + 0.10, RankingWeights.DEFAULTS.score(features), EXACT);
    }

    @Test
    void refusesWeightsThatDoNotSumToOneOrAreNegative() {
        assertRejected("weights", () -> new RankingWeights(0.5, 0.2, 0.2, 0.1, 0.1));
        assertRejected("weights.lift", () -> new RankingWeights(0.6, 0.2, -0.1, 0.2, 0.1));
        assertRejected("weights", () -> new RankingWeights(1, 0, 0, 0, 0).withFixed(Feature.CONFIDENCE, 0.5));
        assertRejected("emphasis.weight", () -> new ObjectiveWeighting.Emphasis(Feature.LIFT, 1.5));
    }

    @Test
    void aConfiguredEmphasisIsCheckedWhenConfigured() {
        ObjectiveWeighting weighting = new ObjectiveWeighting(RankingWeights.DEFAULTS,
                Map.of(Objective.GIFT_BOX, new ObjectiveWeighting.Emphasis(Feature.PRICE_SANITY, 0.5)));

        assertEquals(0.5, weighting.weightsFor(Objective.GIFT_BOX).priceSanity(), EXACT);
        assertEquals(RankingWeights.DEFAULTS, weighting.weightsFor(Objective.INCREASE_AOV));
    }
}
