package com.cartwise.domain.recommend.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.recommend.CoOccurrenceModel;
import com.cartwise.domain.recommend.Metric;
import com.cartwise.domain.recommend.scoring.TopList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Evaluation ranks the reference metrics as the reference's own ranking does: the same candidates
 * in the same places, the same scores but for rounding in their last bits (factored sums).
 */
class ReferenceRankingTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void ranksLikeTheReferenceForEveryMetricAndCart(long seed) {
        ranksLikeTheReference(seed, ReferenceRanking.REMEMBERED_ROW);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23})
    void ranksASingleItemCartRememberedFromBeforeLikeTheReference(long seed) {
        // every single-item cart remembered: the same item comes back many times among 200 carts of 60 variants
        ranksLikeTheReference(seed, 0);
    }

    @Test
    void ranksACartWhoseRowsTouchEveryVariantAndGoOn() {
        // every variant bought with every other: the cart's second row has touched all three before it ends
        CoOccurrenceModel model = CoOccurrenceModel.learn(List.of(
                new Basket(Instant.EPOCH, new long[] {1, 2, 3}), new Basket(Instant.EPOCH, new long[] {1, 2}),
                new Basket(Instant.EPOCH, new long[] {2, 3})));
        ReferenceRanking ranking = new ReferenceRanking(ReferenceRanking.Factors.of(model));
        TopList[] tops = {new TopList(10, false), new TopList(10, false), new TopList(10, false), new TopList(10, false)};

        ranking.rank(new int[] {0, 1, 2}, 2, tops);

        for (Metric metric : Metric.values()) {
            TopList top = tops[metric.ordinal()];
            assertEquals(1, top.size(), metric.wireName());
            assertEquals(2, top.variant(0), metric.wireName());
        }
        // bought with the first item once, with the second twice
        assertEquals(3.0, tops[Metric.CO_OCCURRENCE.ordinal()].score(0));
    }

    private static void ranksLikeTheReference(long seed, int rememberedRow) {
        Random random = new Random(seed);
        List<Basket> baskets = new ArrayList<>();
        for (int o = 0; o < 400; o++) {
            long[] ids = new long[1 + random.nextInt(6)];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = 1 + (long) (60 * Math.pow(random.nextDouble(), 2));
            }
            baskets.add(new Basket(Instant.EPOCH, ids));
        }
        CoOccurrenceModel model = CoOccurrenceModel.learn(baskets);
        ReferenceRanking ranking = new ReferenceRanking(ReferenceRanking.Factors.of(model), rememberedRow);
        TopList[] tops = new TopList[4];
        for (int m = 0; m < 4; m++) {
            tops[m] = new TopList(10, false);
        }
        for (int c = 0; c < 200; c++) {
            int[] cart = random.ints(1 + random.nextInt(rememberedRow == 0 ? 2 : 4), 0, model.variants()).distinct().toArray();

            ranking.rank(cart, cart.length, tops);

            for (Metric metric : Metric.values()) {
                List<CoOccurrenceModel.Candidate> expected = model.rank(cart, metric, 10, i -> true,
                        Comparator.comparingInt(CoOccurrenceModel.Candidate::index));
                TopList top = tops[metric.ordinal()];
                assertEquals(expected.size(), top.size(), metric.wireName());
                for (int i = 0; i < expected.size(); i++) {
                    assertEquals(expected.get(i).index(), top.variant(i), metric.wireName() + " place " + (i + 1));
                    double score = expected.get(i).score();
                    assertEquals(score, top.score(i), score * 1e-12, metric.wireName() + " score " + (i + 1));
                }
            }
        }
    }
}
