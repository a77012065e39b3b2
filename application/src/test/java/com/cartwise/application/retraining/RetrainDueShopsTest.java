package com.cartwise.application.retraining;

import com.cartwise.application.retraining.schedule.RetrainDueShops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.SkiShop;
import com.cartwise.application.fakes.Flags;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.application.fakes.ManualClock;
import com.cartwise.application.flags.FlagInput;
import com.cartwise.application.flags.values.FlagValues;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.start.StartJob;
import com.cartwise.application.recommend.TrainRecommender;
import com.cartwise.domain.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The retraining scheduler's rounds. The fake calendar reads "PT1H" as every hour on the hour;
 * the ski shop's clock starts at 08:00.
 */
class RetrainDueShopsTest {
    private final ManualClock clock = new ManualClock(SkiShop.NOW);
    private final InMemoryCartwise cartwise = SkiShop.imported(clock);

    private InMemoryCartwise trained() {
        cartwise.trainRecommender.execute(new TrainRecommender.Command(SkiShop.ID, Optional.empty()));
        return cartwise;
    }

    private void scheduleHourly() {
        Flags.set(cartwise, Optional.of(SkiShop.ID), "retraining.cron", new FlagInput.Text("PT1H"));
    }

    @Test
    void aShopOnAScheduleIsPlannedThenRetrainedOnceWhenDueThroughTheTrainingJob() {
        trained();
        scheduleHourly();

        assertEquals(List.of(), cartwise.retrainDueShops.execute(), "the first round only plans");
        assertEquals(Instant.parse("2024-04-01T09:00:00Z"), cartwise.retrainingSchedules.plans().get(SkiShop.ID).nextRunAt());
        clock.advance(Duration.ofMinutes(61));

        List<RetrainDueShops.Retraining> due = cartwise.retrainDueShops.execute();

        assertEquals(1, due.size());
        StartJob.Result.Started started = assertInstanceOf(StartJob.Result.Started.class, due.getFirst().start());
        assertEquals(JobKind.TRAINING, started.job().kind());
        assertEquals(Instant.parse("2024-04-01T10:00:00Z"), cartwise.retrainingSchedules.plans().get(SkiShop.ID).nextRunAt());
        assertEquals(List.of(), cartwise.retrainDueShops.execute(), "a run is claimed once");
    }

    @Test
    void aRunAnotherReplicaClaimedIsNotStartedAgain() {
        trained();
        scheduleHourly();
        cartwise.retrainDueShops.execute();
        clock.advance(Duration.ofHours(1));
        Instant due = cartwise.retrainingSchedules.plans().get(SkiShop.ID).nextRunAt();

        assertTrue(cartwise.retrainingSchedules.claim(SkiShop.ID, due, due.plus(Duration.ofHours(1))), "the other replica's claim");

        assertEquals(List.of(), cartwise.retrainDueShops.execute());
    }

    @Test
    void aShopWithoutAModelOrWithoutAScheduleIsNotRetrained() {
        scheduleHourly();
        assertEquals(List.of(), cartwise.retrainDueShops.execute());
        assertEquals(Optional.empty(), Optional.ofNullable(cartwise.retrainingSchedules.plans().get(SkiShop.ID)));

        trained();
        Flags.set(cartwise, Optional.of(SkiShop.ID), "retraining.cron", new FlagInput.Text("off"));
        clock.advance(Duration.ofHours(3));
        assertEquals(List.of(), cartwise.retrainDueShops.execute());
        assertFalse(cartwise.retrainingSchedules.plans().containsKey(SkiShop.ID));
    }

    @Test
    void changingTheScheduleReplansTheShop() {
        trained();
        scheduleHourly();
        cartwise.retrainDueShops.execute();

        Flags.set(cartwise, Optional.of(SkiShop.ID), "retraining.cron", new FlagInput.Text("PT2H"));
        cartwise.retrainDueShops.execute();

        assertEquals("PT2H", cartwise.retrainingSchedules.plans().get(SkiShop.ID).cron());
        assertEquals(Instant.parse("2024-04-01T10:00:00Z"), cartwise.retrainingSchedules.plans().get(SkiShop.ID).nextRunAt());
    }

    @Test
    void aScheduleTheCalendarCannotReadIsRefusedNamingTheFlag() {
        Executable bad = () -> Flags.set(cartwise, Optional.of(SkiShop.ID), "retraining.cron", new FlagInput.Text("every day"));

        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class, bad);

        assertEquals("value", e.field());
        assertTrue(e.getMessage().contains("retraining.cron"), e.getMessage());
    }

    @Test
    void aReplicaWhoseFlagsAreNotYetRefreshedStartsTheRunAnotherReplicaPlanned() {
        trained();
        // A second replica on the same stores, whose snapshot of the flags predates the schedule.
        FlagValues staleFlags = new FlagValues(cartwise.featureFlags);
        staleFlags.refresh();
        RetrainDueShops staleReplica = new RetrainDueShops(cartwise.retrainingSchedules, cartwise.retrainingCron, staleFlags,
                cartwise.startTraining, clock);
        scheduleHourly();
        cartwise.retrainDueShops.execute();
        clock.advance(Duration.ofMinutes(61));

        List<RetrainDueShops.Retraining> due = staleReplica.execute();

        assertEquals(1, due.size(), "the due run starts, instead of the plan being dropped and made again for the next hour");
        assertInstanceOf(StartJob.Result.Started.class, due.getFirst().start());
        assertEquals(Instant.parse("2024-04-01T10:00:00Z"), cartwise.retrainingSchedules.plans().get(SkiShop.ID).nextRunAt());
    }
}
