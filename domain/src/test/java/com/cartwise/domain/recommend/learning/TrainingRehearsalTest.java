package com.cartwise.domain.recommend.learning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.orders.Baskets;
import com.cartwise.domain.recommend.evaluation.EvaluationReport;
import com.cartwise.domain.recommend.evaluation.Evaluation;
import com.cartwise.domain.recommend.evaluation.Measure;
import com.cartwise.domain.recommend.evaluation.PrimaryMeasure;
import com.cartwise.domain.recommend.evaluation.Protocol;
import com.cartwise.domain.recommend.evaluation.Role;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The made-up orders a starting server trains on walk the trainer's loops as a real shop's would. */
class TrainingRehearsalTest {
    @Test
    void theOrdersAreTheSameEveryTimeOldestFirst() {
        Baskets once = TrainingRehearsal.orders();
        Baskets again = TrainingRehearsal.orders();
        assertEquals(TrainingRehearsal.ORDERS, once.size());
        assertArrayEquals(once.variantIdsInOrder(), again.variantIdsInOrder());
        for (int b = 1; b < once.size(); b++) {
            assertTrue(once.placedAt(b - 1).isBefore(once.placedAt(b)), "order " + b);
        }
    }

    @Test
    void theyHaveALongTailAndMoreVariantsThanEaseCoversSoEveryScorerDoesItsWork() {
        Baskets orders = TrainingRehearsal.orders();
        long[] ids = orders.variantIdsInOrder();
        long distinct = Arrays.stream(ids).distinct().count();
        assertTrue(distinct > Tunables.DEFAULT.easeMaxVariants(), distinct + " variants");
        long[] sold = new long[TrainingRehearsal.VARIANTS];
        for (long id : ids) {
            sold[(int) id - 1]++;
        }
        long[] sorted = Arrays.stream(sold).sorted().toArray();
        long best = sorted[sorted.length - 1];
        long median = sorted[sorted.length / 2];
        assertTrue(best >= 100 && median <= 5, "best seller " + best + " lines, median variant " + median);
    }

    @Test
    void whatSellsTogetherBeatsBestSellersSoTheRehearsalWalksTheCoPurchaseLoops() {
        EvaluationReport report = RecommenderTraining.standard().evaluate(TrainingRehearsal.orders());
        assertTrue(report.cases(Protocol.LAST_ITEM) > 100, report.cases(Protocol.LAST_ITEM) + " last-item cases");
        assertTrue(report.cases(Protocol.EACH_ITEM) > report.cases(Protocol.LAST_ITEM), "each item in turn judged too");
        PrimaryMeasure hitRateAt10 = new PrimaryMeasure(Protocol.LAST_ITEM, Measure.HIT_RATE, 10);
        double chosen = report.result(report.chosen().orElseThrow(), Role.CANDIDATE).orElseThrow().value(hitRateAt10);
        double popularity = report.result(Evaluation.POPULARITY, Role.POPULARITY).orElseThrow().value(hitRateAt10);
        assertTrue(chosen > 1.5 * popularity, "chosen " + chosen + ", popularity " + popularity);
    }
}
