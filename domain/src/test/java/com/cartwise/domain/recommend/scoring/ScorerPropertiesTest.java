package com.cartwise.domain.recommend.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.orders.Baskets;
import com.cartwise.domain.recommend.CoOccurrenceModel;
import com.cartwise.domain.recommend.DenseBaskets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties every shop's counts must keep, on random shops. */
class ScorerPropertiesTest {

    static TrainingCounts randomShop(long seed) {
        Random random = new Random(seed);
        List<Basket> baskets = new ArrayList<>();
        for (int o = 0; o < 300; o++) {
            int size = 1 + random.nextInt(5);
            long[] ids = new long[size];
            for (int i = 0; i < size; i++) {
                // a skewed catalogue of 40 variants: low ids sell most
                ids[i] = 1 + (long) (40 * Math.pow(random.nextDouble(), 2));
            }
            baskets.add(new Basket(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3_600L * o), ids));
        }
        return TrainingCounts.learn(DenseBaskets.of(Baskets.of(baskets)));
    }

    private static double weight(TrainingCounts counts, PairScore score, int a, int b) {
        NeighbourTable table = Scorer.summing(score).table(counts, Integer.MAX_VALUE);
        return table.weight(a, b);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void symmetricScoresWeighBothDirectionsAlike(long seed) {
        TrainingCounts counts = randomShop(seed);
        CoOccurrenceModel m = counts.model();
        for (CountFormula f : List.of(CountFormula.CO_OCCURRENCE, CountFormula.COSINE, CountFormula.LIFT, CountFormula.JACCARD,
                CountFormula.INCLUSION, CountFormula.MUTUAL_INFORMATION)) {
            NeighbourTable table = Scorer.summing(CountScore.of(f)).table(counts, Integer.MAX_VALUE);
            for (int a = 0; a < m.variants(); a++) {
                for (int b = 0; b < m.variants(); b++) {
                    assertEquals(table.weight(a, b), table.weight(b, a), 1e-12, f.wireName() + " " + a + "," + b);
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void shareScoresStayWithinZeroAndOneAndWilsonNeverExceedsConfidence(long seed) {
        TrainingCounts counts = randomShop(seed);
        CoOccurrenceModel m = counts.model();
        for (int a = 0; a < m.variants(); a++) {
            for (int i = m.rowStart(a); i < m.rowEnd(a); i++) {
                int b = m.neighbourAt(i);
                double confidence = weight(counts, CountScore.of(CountFormula.CONFIDENCE), a, b);
                assertTrue(confidence > 0 && confidence <= 1, "confidence " + confidence);
                assertTrue(weight(counts, CountScore.of(CountFormula.COSINE), a, b) <= 1);
                assertTrue(weight(counts, CountScore.of(CountFormula.JACCARD), a, b) <= 1);
                assertTrue(weight(counts, CountScore.of(CountFormula.INCLUSION), a, b) <= 1);
                double sequence = weight(counts, CountScore.of(CountFormula.SEQUENCE), a, b);
                assertTrue(sequence <= confidence, "sequence counts a subset of the pair's orders");
                assertTrue(weight(counts, CountScore.of(CountFormula.WILSON), a, b) < confidence);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2})
    void beforeAndAfterAddUpToTheOrdersHoldingBoth(long seed) {
        TrainingCounts counts = randomShop(seed);
        CoOccurrenceModel m = counts.model();
        int[] after = counts.after();
        for (int a = 0; a < m.variants(); a++) {
            for (int i = m.rowStart(a); i < m.rowEnd(a); i++) {
                int b = m.neighbourAt(i);
                assertEquals(m.togetherAt(i), after[i] + after[m.entryOf(b, a)], a + "," + b);
            }
        }
    }
}
