package com.cartwise.domain.recommend.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.orders.Baskets;
import com.cartwise.domain.recommend.DenseBaskets;
import com.cartwise.domain.recommend.scoring.Combiner;
import com.cartwise.domain.recommend.scoring.CountFormula;
import com.cartwise.domain.recommend.scoring.CountScore;
import com.cartwise.domain.recommend.scoring.Scorer;
import com.cartwise.domain.recommend.scoring.TrainingCounts;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine on the ten orders of {@link ReferenceProtocolTest}: training counts A=5 X=5 Y=3 Z=1
 * (dense indices A0 X1 Y2 Z3), validation {A,Z} and {X,Y}. Best sellers: A, X (a tie, lower
 * index first), Y, Z.
 */
class EvaluationTest {
    private static final double EXACT = 1e-12;

    private static List<ScorerResult> run(List<Evaluation.Candidate> candidates) {
        List<Basket> baskets = ReferenceProtocolTest.tenOrders(new Basket(Instant.parse("2024-01-09T00:00:00Z"), 10, 40));
        TimeSplit split = TimeSplit.of(Baskets.of(baskets), 0.8);
        DenseBaskets training = DenseBaskets.of(split.training());
        DenseBaskets validation = DenseBaskets.of(split.validation(), training.variantIds());
        TrainingCounts counts = TrainingCounts.learn(training);
        return Evaluation.run(counts, validation, candidates, EvaluationSettings.DEFAULT);
    }

    @Test
    void popularityRanksBestSellersOutsideTheCartUnderBothProtocols() {
        ScorerResult popularity = run(List.of()).stream().filter(r -> r.role() == Role.POPULARITY).findFirst().orElseThrow();

        // each item: (cart Z, A) A at 1; (cart A, Z) X, Y, Z: 3; (cart Y, X) A, X: 2; (cart X, Y) A, Y: 2
        ProtocolResult each = popularity.result(Protocol.EACH_ITEM);
        assertEquals(4, each.cases());
        assertArrayEquals(new int[] {1, 2, 1, 0, 0, 0, 0, 0, 0, 0}, each.hitsAtPlace());
        assertEquals(0.75, each.value(Measure.HIT_RATE, 2), EXACT);
        assertEquals(1.0, each.value(Measure.HIT_RATE, 5), EXACT);
        assertEquals((1 + 2 / (Math.log(3) / Math.log(2))) / 4, each.value(Measure.NDCG, 2), EXACT);
        assertEquals((1 + 0.5 + 0.5) / 4, each.value(Measure.MRR, 2), EXACT);
        // shown within 2: {A,X} {X,Y} {A,X} {A,Y} -> A, X, Y of the 4 known; within 10 all four
        assertEquals(0.75, each.value(Measure.COVERAGE, 2), EXACT);
        assertEquals(1.0, each.value(Measure.COVERAGE, 10), EXACT);
        // last item: (cart A, Z) Z at 3; (cart X, Y) A, Y: 2
        ProtocolResult last = popularity.result(Protocol.LAST_ITEM);
        assertArrayEquals(new int[] {0, 1, 1, 0, 0, 0, 0, 0, 0, 0}, last.hitsAtPlace());
    }

    @Test
    void aCandidateIsMeasuredAsServedWithBestSellersFillingItsEmptySlots() {
        Scorer co = Scorer.summing(CountScore.of(CountFormula.CO_OCCURRENCE));
        TrainingCounts counts = TrainingCounts.learn(DenseBaskets.of(Baskets.of(
                ReferenceProtocolTest.tenOrders(new Basket(Instant.parse("2024-01-09T00:00:00Z"), 10, 40)).subList(0, 8))));
        Evaluation.Candidate candidate = new Evaluation.Candidate(co.wireName(), co.simplicity(), co.table(counts, 100), Combiner.SUM);

        ScorerResult result = run(List.of(candidate)).getLast();

        // last item: (cart A, Z) co X=2, Y=2, Z=1 -> Z at 3; (cart X, Y) co A=2, Y=1 -> Y at 2, then best sellers fill
        assertEquals(Role.CANDIDATE, result.role());
        assertArrayEquals(new int[] {0, 1, 1, 0, 0, 0, 0, 0, 0, 0}, result.result(Protocol.LAST_ITEM).hitsAtPlace());
        // each item: (cart Z, A) A at 1; (cart A, Z) Z at 3; (cart Y, X) co A=2, X=1 -> X at 2; (cart X, Y) Y at 2
        assertArrayEquals(new int[] {1, 2, 1, 0, 0, 0, 0, 0, 0, 0}, result.result(Protocol.EACH_ITEM).hitsAtPlace());
    }
}
