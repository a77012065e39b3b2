package com.cartwise.bootstrap.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.port.OrderHistory;
import com.cartwise.domain.orders.BasketHistory;
import com.cartwise.domain.recommend.learning.RecommenderTraining;
import com.cartwise.domain.shop.ShopId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An instance that runs jobs rehearses one training as it starts; one that runs none, or told not to, does not. */
class TrainingWarmUpTest {
    /** Remembers the rehearsals asked of it; holds no shop. */
    private static final class RehearsedHistory implements OrderHistory {
        final List<Integer> rehearsals = new ArrayList<>();

        @Override
        public BasketHistory baskets(ShopId shop) {
            throw new AssertionError("a rehearsal reads no shop");
        }

        @Override
        public BasketHistory baskets(ShopId shop, long afterOrderId) {
            throw new AssertionError("a rehearsal reads no shop");
        }

        @Override
        public BasketHistory rehearse(int orders) {
            rehearsals.add(orders);
            return OrderHistory.super.rehearse(orders);
        }
    }

    private final RehearsedHistory history = new RehearsedHistory();

    @Test
    void anInstanceWithJobWorkersRehearsesReadingAndTrainingOnceWhateverTheCalls() {
        TrainingWarmUp warmUp = new TrainingWarmUp(RecommenderTraining.standard(), history, 2, true);
        assertEquals(Optional.empty(), warmUp.took(), "not before the start asks for it");
        warmUp.run();
        Duration first = warmUp.took().orElseThrow();
        assertTrue(first.isPositive());
        assertEquals(List.of(TrainingWarmUp.ORDERS_READ), history.rehearsals);
        warmUp.run();
        assertEquals(Optional.of(first), warmUp.took(), "the second call changes nothing");
        assertEquals(List.of(TrainingWarmUp.ORDERS_READ), history.rehearsals);
    }

    @Test
    void anInstanceWithoutJobWorkersNeverTrainsSoItDoesNotRehearse() {
        TrainingWarmUp warmUp = new TrainingWarmUp(RecommenderTraining.standard(), history, 0, true);
        warmUp.run();
        assertEquals(Optional.empty(), warmUp.took());
    }

    @Test
    void theSettingSwitchesItOff() {
        TrainingWarmUp warmUp = new TrainingWarmUp(RecommenderTraining.standard(), history, 2, false);
        warmUp.run();
        assertEquals(Optional.empty(), warmUp.took());
        assertEquals(List.of(), history.rehearsals);
    }
}
