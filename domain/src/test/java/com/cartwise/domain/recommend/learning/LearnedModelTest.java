package com.cartwise.domain.recommend.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.orders.Baskets;
import com.cartwise.domain.recommend.DenseBaskets;
import com.cartwise.domain.recommend.scoring.NeighbourTable;
import com.cartwise.domain.recommend.scoring.Scorer;
import com.cartwise.domain.recommend.scoring.TrainingCounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LearnedModelTest {
    private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");

    private static List<Basket> randomOrders(long seed, int count) {
        Random random = new Random(seed);
        List<Basket> orders = new ArrayList<>();
        for (int o = 0; o < count; o++) {
            long[] ids = new long[1 + random.nextInt(5)];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = 1 + (long) (50 * Math.pow(random.nextDouble(), 2));
            }
            orders.add(new Basket(T.plusSeconds(86_400L * o / 10), ids));
        }
        return orders;
    }

    private static LearnedModel learn(List<Basket> orders, Scorer scorer) {
        return LearnedModel.build(TrainingCounts.learn(DenseBaskets.of(Baskets.of(orders))), scorer, 30);
    }

    @Test
    void addingOrdersLearnsWhatTrainingOnAllOrdersWouldForEveryCandidate() {
        List<Basket> all = randomOrders(5, 600);
        List<Scorer> scorers = new java.util.ArrayList<>(CandidateGrid.of(Tunables.DEFAULT));
        // and the scorers the grid leaves out whose extra counts grow too
        scorers.add(RecommenderTraining.standard().scorer("confidence(shrinkage=2,half_life_days=30)+max"));
        scorers.add(RecommenderTraining.standard().scorer("lift"));
        for (Scorer scorer : scorers) {
            LearnedModel updated = learn(all.subList(0, 450), scorer).plus(Baskets.of(all.subList(450, 600)));
            LearnedModel retrained = learn(all, scorer);

            assertEquals(retrained.counts().orders(), updated.counts().orders(), scorer.wireName());
            NeighbourTable expected = retrained.table();
            NeighbourTable actual = updated.table();
            assertEquals(expected.entries(), actual.entries(), scorer.wireName());
            for (int i = 0; i < expected.entries(); i++) {
                assertEquals(expected.neighbourAt(i), actual.neighbourAt(i), scorer.wireName());
                assertEquals(expected.weightAt(i), actual.weightAt(i), 1e-9 * expected.weightAt(i), scorer.wireName());
            }
        }
    }

    @Test
    void addingAnOrderWeighsAgainOnlyWhatItChangesYetLearnsWhatTrainingOnAllOrdersWould() {
        // few neighbours kept, so that a variant that sold more can lose its place in another's row
        // to one that did not; even ids, so that a new odd id renumbers the variants after it
        List<Basket> all = new ArrayList<>();
        for (Basket b : randomOrders(9, 400)) {
            all.add(new Basket(b.placedAt(), java.util.Arrays.stream(b.variantIds()).map(id -> 2 * id).toArray()));
        }
        List<List<Basket>> additions = List.of(
                List.of(new Basket(T.plusSeconds(86_400L * 50), 2, 4, 6)),
                List.of(new Basket(T.plusSeconds(86_400L * 50), 4, 31, 60), new Basket(T.plusSeconds(86_400L * 51), 31)),
                List.of(new Basket(T.plusSeconds(86_400L * 50), 1001)));
        List<Scorer> scorers = new ArrayList<>(CandidateGrid.of(Tunables.DEFAULT));
        for (String name : List.of("jaccard", "inclusion(shrinkage=2)", "wilson+max", "confidence", "lift", "mutual_information",
                "cosine(half_life_days=30)")) {
            scorers.add(RecommenderTraining.standard().scorer(name));
        }
        for (List<Basket> added : additions) {
            List<Basket> everything = new ArrayList<>(all);
            everything.addAll(added);
            for (Scorer scorer : scorers) {
                LearnedModel updated = LearnedModel.build(TrainingCounts.learn(DenseBaskets.of(Baskets.of(all))), scorer, 4)
                        .plus(Baskets.of(added));
                LearnedModel retrained = LearnedModel.build(TrainingCounts.learn(DenseBaskets.of(Baskets.of(everything))), scorer, 4);

                assertSameTable(retrained.table(), updated.table(), scorer.wireName() + " after " + added);
            }
        }
    }

    private static void assertSameTable(NeighbourTable expected, NeighbourTable actual, String what) {
        assertEquals(expected.variants(), actual.variants(), what);
        for (int a = 0; a < expected.variants(); a++) {
            assertEquals(expected.rowEnd(a) - expected.rowStart(a), actual.rowEnd(a) - actual.rowStart(a), what + ", row " + a);
            for (int i = expected.rowStart(a), j = actual.rowStart(a); i < expected.rowEnd(a); i++, j++) {
                assertEquals(expected.neighbourAt(i), actual.neighbourAt(j), what + ", row " + a);
                assertEquals(expected.weightAt(i), actual.weightAt(j), 1e-9 * expected.weightAt(i), what + ", row " + a);
            }
        }
    }

    @Test
    void addingNothingChangesNothing() {
        LearnedModel model = learn(randomOrders(6, 50), RecommenderTraining.standard().candidates().getFirst());

        assertSame(model, model.plus(Baskets.empty()));
    }

    @Test
    void keepsOnlyTheExtraCountsItsScorerReads() {
        RecommenderTraining training = RecommenderTraining.standard();
        List<Basket> orders = randomOrders(7, 100);

        assertTrue(learn(orders, training.scorer("cosine")).inputs().after().isEmpty());
        assertTrue(learn(orders, training.scorer("sequence")).inputs().after().isPresent());
        assertTrue(learn(orders, training.scorer("rp3beta(alpha=1,beta=0.5)")).inputs().bySize().isPresent());
        assertTrue(learn(orders, training.scorer("confidence(half_life_days=30)")).inputs().decayed().isPresent());
        assertTrue(learn(orders, training.scorer("ease(lambda=10)")).inputs().bySize().isEmpty());
    }

    @Test
    void reportsTheMemoryOfItsArrays() {
        LearnedModel model = learn(randomOrders(8, 200), RecommenderTraining.standard().scorer("cosine"));

        long counts = 8L * model.counts().variants() + 4L * model.counts().variants() + 4L * (model.counts().variants() + 1)
                + 8L * model.counts().pairEntries();
        assertEquals(counts + model.table().bytes() + 4L * model.counts().variants(), model.bytes());
    }
}
