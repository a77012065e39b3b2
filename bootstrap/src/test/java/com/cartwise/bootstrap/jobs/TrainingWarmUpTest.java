package com.cartwise.bootstrap.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.recommend.learning.RecommenderTraining;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An instance that runs jobs rehearses one training as it starts; one that runs none, or told not to, does not. */
class TrainingWarmUpTest {
    @Test
    void anInstanceWithJobWorkersRehearsesOnceWhateverTheCalls() {
        TrainingWarmUp warmUp = new TrainingWarmUp(RecommenderTraining.standard(), 2, true);
        assertEquals(Optional.empty(), warmUp.took(), "not before the start asks for it");
        warmUp.run();
        Duration first = warmUp.took().orElseThrow();
        assertTrue(first.isPositive());
        warmUp.run();
        assertEquals(Optional.of(first), warmUp.took(), "the second call changes nothing");
    }

    @Test
    void anInstanceWithoutJobWorkersNeverTrainsSoItDoesNotRehearse() {
        TrainingWarmUp warmUp = new TrainingWarmUp(RecommenderTraining.standard(), 0, true);
        warmUp.run();
        assertEquals(Optional.empty(), warmUp.took());
    }

    @Test
    void theSettingSwitchesItOff() {
        TrainingWarmUp warmUp = new TrainingWarmUp(RecommenderTraining.standard(), 2, false);
        warmUp.run();
        assertEquals(Optional.empty(), warmUp.took());
    }
}
