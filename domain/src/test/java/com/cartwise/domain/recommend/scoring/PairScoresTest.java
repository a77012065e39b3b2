package com.cartwise.domain.recommend.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.orders.Baskets;
import com.cartwise.domain.recommend.DenseBaskets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scores beyond plain counts, each on a shop small enough to work out by hand. */
class PairScoresTest {
    private static final double EXACT = 1e-12;
    private static final Instant T = Instant.parse("2024-03-31T00:00:00Z");

    private static TrainingCounts counts(Basket... baskets) {
        return TrainingCounts.learn(DenseBaskets.of(Baskets.of(List.of(baskets))));
    }

    private static double weight(TrainingCounts counts, PairScore score, long a, long b) {
        NeighbourTable table = Scorer.summing(score).table(counts, 100);
        return table.weight(counts.model().indexOf(a), counts.model().indexOf(b));
    }

    /** {1,2} {1,2,3} {1,3}: count 1=3 2=2 3=2; by size, pair(1,2) = 1/2 + 1/3, pair(1,3) = 1/3 + 1/2, pair(2,3) = 1/3. */
    private static final TrainingCounts THREE_ORDERS = counts(new Basket(T, 1, 2), new Basket(T, 1, 2, 3), new Basket(T, 1, 3));

    @Test
    void rp3betaWalksFromTheCartItemThroughItsOrdersAndPenalisesBestSellers() {
        Rp3Beta rp3 = new Rp3Beta(1, 0.5);
        // P(1 -> 2) = (1/2 + 1/3) / 3 = 0.27778, / sqrt(2) = 0.19642
        assertEquals((5.0 / 6) / 3 / Math.sqrt(2), weight(THREE_ORDERS, rp3, 1, 2), EXACT);
        // P(2 -> 1) = (5/6) / 2 = 0.41667, / sqrt(3) = 0.24056: the walk is not symmetric
        assertEquals((5.0 / 6) / 2 / Math.sqrt(3), weight(THREE_ORDERS, rp3, 2, 1), EXACT);
        // P(2 -> 3) = (1/3) / 2, / sqrt(2)
        assertEquals((1.0 / 3) / 2 / Math.sqrt(2), weight(THREE_ORDERS, rp3, 2, 3), EXACT);
    }

    @Test
    void rp3betaRaisesTheWalkToAlpha() {
        // alpha 0.5, beta 0: sqrt(P(1 -> 2)) = sqrt(5/18)
        assertEquals(Math.sqrt(5.0 / 18), weight(THREE_ORDERS, new Rp3Beta(0.5, 0), 1, 2), EXACT);
    }

    @Test
    void easeSolvesTheRegressionOfEachItemOnTheOthers() {
        // {1,2} {1,2} {1}: G = [[3,2],[2,2]], lambda 1: A = [[4,2],[2,3]], det 8, P = [[3,-2],[-2,4]] / 8
        // weight of 2 given 1 = -P12 / P22 = (2/8) / (4/8) = 0.5; weight of 1 given 2 = -P21 / P11 = (2/8) / (3/8) = 2/3
        TrainingCounts counts = counts(new Basket(T, 1, 2), new Basket(T, 1, 2), new Basket(T, 1));
        Ease ease = new Ease(1, 100);

        assertEquals(0.5, weight(counts, ease, 1, 2), EXACT);
        assertEquals(2.0 / 3, weight(counts, ease, 2, 1), EXACT);
    }

    @Test
    void easeCoversOnlyTheBestSellersItsMemoryAllows() {
        // room for 2: 1 (3 orders) and 2 (2 orders, ahead of 3 by index); 3 has no EASE neighbours and is no one's
        Ease ease = new Ease(1, 2);

        assertEquals(0.0, weight(THREE_ORDERS, ease, 1, 3), EXACT);
        assertEquals(0.0, weight(THREE_ORDERS, ease, 3, 1), EXACT);
        assertEquals(true, weight(THREE_ORDERS, ease, 1, 2) > 0);
    }

    @Test
    void shrinkageDiscountsAScoreByItsEvidence() {
        // {1,2} x2, {1}: confidence(1 -> 2) = 2/3; shrunk with k = 2: 2/3 * 2 / (2 + 2) = 1/3
        TrainingCounts counts = counts(new Basket(T, 1, 2), new Basket(T, 1, 2), new Basket(T, 1));

        assertEquals(2.0 / 3, weight(counts, CountScore.of(CountFormula.CONFIDENCE), 1, 2), EXACT);
        assertEquals(1.0 / 3, weight(counts, new CountScore(CountFormula.CONFIDENCE, 2, 0), 1, 2), EXACT);
    }

    @Test
    void aHalfLifeWeighsOlderOrdersLess() {
        // newest order on day 30 {1,3}; {1,2} 30 days earlier weighs 1/2, {1,2} 60 days earlier 1/4
        // decayed confidence(1 -> 2) = (1/2 + 1/4) / (1/2 + 1/4 + 1) = 3/7; (1 -> 3) = 1 / (7/4) = 4/7
        TrainingCounts counts = counts(new Basket(T.minusSeconds(60 * 86_400L), 1, 2), new Basket(T.minusSeconds(30 * 86_400L), 1, 2),
                new Basket(T, 1, 3));
        CountScore decayed = new CountScore(CountFormula.CONFIDENCE, 0, 30);

        assertEquals(3.0 / 7, weight(counts, decayed, 1, 2), EXACT);
        assertEquals(4.0 / 7, weight(counts, decayed, 1, 3), EXACT);
        // without decay 2 leads: 2/3 against 1/3
        assertEquals(2.0 / 3, weight(counts, CountScore.of(CountFormula.CONFIDENCE), 1, 2), EXACT);
    }

    @Test
    void sequenceCountsOnlyTheOrdersWhereTheCandidateCameAfter() {
        // {1,2} {2,1} {1,2}: 2 came after 1 twice, 1 after 2 once; count 1 = count 2 = 3
        TrainingCounts counts = counts(new Basket(T, 1, 2), new Basket(T, 2, 1), new Basket(T, 1, 2));

        assertEquals(2.0 / 3, weight(counts, CountScore.of(CountFormula.SEQUENCE), 1, 2), EXACT);
        assertEquals(1.0 / 3, weight(counts, CountScore.of(CountFormula.SEQUENCE), 2, 1), EXACT);
    }

    @Test
    void wireNamesReadBackToTheSameScorer() {
        for (Scorer s : List.of(Scorer.summing(CountScore.of(CountFormula.COSINE)),
                new Scorer(new CountScore(CountFormula.CONFIDENCE, 2.5, 30), Combiner.MAX),
                new Scorer(new Rp3Beta(1, 0.5), Combiner.RECENT), Scorer.summing(new Ease(10, 7)),
                Scorer.summing(new CountScore(CountFormula.LIFT, 5, 0)))) {
            assertEquals(s, Scorer.fromWireName(s.wireName(), 7), s.wireName());
        }
        assertEquals("rp3beta(alpha=1,beta=0.5)+recent", new Scorer(new Rp3Beta(1, 0.5), Combiner.RECENT).wireName());
        assertEquals("confidence(shrinkage=2.5,half_life_days=30)+max",
                new Scorer(new CountScore(CountFormula.CONFIDENCE, 2.5, 30), Combiner.MAX).wireName());
    }

    @Test
    void anUnknownOrMalformedNameIsRejectedNamingTheMetricField() {
        for (String bad : List.of("magic", "cosine+sideways", "rp3beta(alpha=1)", "ease(lambda=x)", "cosine(shrinkage=2", "ease(lambda=-1)",
                "cosine(colour=2)", "")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Scorer.fromWireName(bad, 10), bad);
            assertEquals("metric", e.field(), bad);
        }
    }
}
