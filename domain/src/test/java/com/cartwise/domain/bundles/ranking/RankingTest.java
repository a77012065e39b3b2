package com.cartwise.domain.bundles.ranking;

import static com.cartwise.domain.bundles.Shops.flagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Candidate;
import com.cartwise.domain.bundles.Deduplication;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.bundles.SkiShop;
import com.cartwise.domain.bundles.candidates.CandidateGeneration;
import com.cartwise.domain.bundles.candidates.CandidateRequest;
import com.cartwise.domain.bundles.candidates.CandidateSettings;
import com.cartwise.domain.bundles.enrichment.OrderSale;
import com.cartwise.domain.bundles.objectives.FlaggedShop;
import com.cartwise.domain.mining.Progress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingTest {
    private final FlaggedShop shop;
    private final List<Candidate> candidates;

    RankingTest() {
        List<OrderSale> orders = SkiShop.busyOrders();
        shop = flagged(SkiShop.catalogue(), orders);
        var set = new CandidateGeneration(CandidateSettings.DEFAULTS).generate(new CandidateRequest(shop, orders, List.of(),
                Set.of(Objective.INCREASE_AOV, Objective.CLEAR_SLOW_MOVERS), EnumSet.allOf(BundleType.class)), Progress.NONE);
        candidates = new Deduplication().deduplicate(set.candidates(), Progress.NONE).candidates();
    }

    @Test
    void ranksEveryBundleByItsObjectivesWeightedScore() {
        List<RankedCandidate> ranked = new Ranking(RankingSettings.DEFAULTS).rank(candidates, shop, Progress.NONE);

        assertEquals(candidates.size(), ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            RankedCandidate r = ranked.get(i);
            assertEquals(i + 1, r.rank());
            assertEquals(ObjectiveWeighting.DEFAULTS.weightsFor(r.candidate().objective()).score(r.features()), r.score(), 1e-12);
            if (i > 0) {
                assertTrue(ranked.get(i - 1).score() >= r.score());
            }
        }
    }

    @Test
    void keepsTheBestOfEachObjective() {
        RankingSettings two = new RankingSettings(ObjectiveWeighting.DEFAULTS, FeatureScales.DEFAULTS, false, 2);

        List<RankedCandidate> ranked = new Ranking(two).rank(candidates, shop, Progress.NONE);

        assertEquals(4, ranked.size());
        assertEquals(2, ranked.stream().filter(r -> r.candidate().objective() == Objective.INCREASE_AOV).count());
    }

    @Test
    void canKeepOnlyEachObjectivesParetoFront() {
        RankingSettings pareto = new RankingSettings(ObjectiveWeighting.DEFAULTS, FeatureScales.DEFAULTS, true, 1000);

        List<RankedCandidate> ranked = new Ranking(pareto).rank(candidates, shop, Progress.NONE);

        assertTrue(ranked.size() < candidates.size());
        for (RankedCandidate a : ranked) {
            for (RankedCandidate b : ranked) {
                if (a.candidate().objective() == b.candidate().objective()) {
                    assertTrue(!a.outlook().dominates(b.outlook()), a + " dominates " + b);
                }
            }
        }
    }

    @Test
    void givesTheSameOrderEveryTime() {
        List<RankedCandidate> first = new Ranking(RankingSettings.DEFAULTS).rank(candidates, shop, Progress.NONE);
        List<Candidate> reversed = new ArrayList<>(candidates);
        java.util.Collections.reverse(reversed);

        List<RankedCandidate> second = new Ranking(RankingSettings.DEFAULTS).rank(reversed, shop, Progress.NONE);

        assertEquals(first.stream().map(r -> r.candidate().key()).toList(), second.stream().map(r -> r.candidate().key()).toList());
    }
}
