package com.cartwise.domain.recommend.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.orders.Baskets;
import com.cartwise.domain.recommend.evaluation.Protocol;
import com.cartwise.domain.recommend.evaluation.Role;
import com.cartwise.domain.recommend.evaluation.ScorerResult;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecommenderTrainingTest {
    private static final long A = 10;
    private static final long X = 20;
    private static final long Y = 30;
    private static final long Z = 40;
    private static final Instant DAY_1 = Instant.parse("2024-01-01T00:00:00Z");

    private static Basket day(int day, long... ids) {
        return new Basket(DAY_1.plusSeconds(86_400L * (day - 1)), ids);
    }

    /** ReferenceProtocolTest's ten orders: cosine hits both cases, co-occurrence and confidence one. */
    private static final Baskets TEN_ORDERS = Baskets.of(List.of(day(1, A, X), day(2, A, X), day(3, A, Y), day(4, A, Y), day(5, A, Z),
            day(6, X, Y), day(7, X), day(8, X), day(9, A, Z), day(10, X, Y)));

    @Test
    void evaluatesEveryCandidateBesideTheReferenceAndPopularity() {
        RecommenderTraining training = RecommenderTraining.standard();

        List<ScorerResult> rows = training.evaluate(TEN_ORDERS).results();

        assertEquals(4 + 1 + training.candidates().size(), rows.size());
        assertEquals(training.candidates().stream().map(s -> s.wireName()).toList(),
                rows.stream().filter(r -> r.role() == Role.CANDIDATE).map(ScorerResult::name).toList());
        assertTrue(rows.stream().filter(r -> r.role() != Role.REFERENCE).allMatch(r -> r.has(Protocol.EACH_ITEM)));
    }

    @Test
    void learnsTheChosenScorerFromAllOrders() {
        // cosine hits 2 of 2 (see ReferenceProtocolTest) and is the simplest candidate that does
        RecommenderTraining.Trained trained = RecommenderTraining.standard().train(TEN_ORDERS, Optional.empty());

        assertEquals(Optional.of("cosine"), trained.report().chosen());
        assertEquals("cosine", trained.model().scorer().wireName());
        assertEquals(10, trained.model().counts().orders());
        assertEquals(8, trained.report().trainingOrders());
    }

    @Test
    void learnsTheScorerAskedForAndEvaluatesItEvenOutsideTheGrid() {
        RecommenderTraining training = RecommenderTraining.standard();

        RecommenderTraining.Trained trained = training.train(TEN_ORDERS, Optional.of(training.scorer("jaccard+max")));

        assertEquals("jaccard+max", trained.model().scorer().wireName());
        assertTrue(trained.report().result("jaccard+max", Role.CANDIDATE).isPresent());
    }

    @Test
    void theDefaultGridHoldsTheReferenceFormulasAndTheWinnersOfThePublicDataSets() {
        List<String> names = RecommenderTraining.standard().candidates().stream().map(s -> s.wireName()).toList();

        assertEquals(List.of("co_occurrence", "cosine", "sequence", "rp3beta(alpha=1,beta=0.3)", "rp3beta(alpha=1,beta=0.5)",
                "ease(lambda=10)", "cosine+recent", "rp3beta(alpha=1,beta=0.3)+recent", "ease(lambda=10)+recent"), names);
    }

    @Test
    void easeCoversAsManyBestSellersAsItsMemoryHolds() {
        // 4 MiB of doubles: floor(sqrt(4 * 2^20 / 8)) = 724
        assertEquals(724, Tunables.DEFAULT.easeMaxVariants());
    }
}
