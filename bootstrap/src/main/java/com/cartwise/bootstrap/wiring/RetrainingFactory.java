package com.cartwise.bootstrap.wiring;

import com.cartwise.application.flags.values.FlagValues;
import com.cartwise.application.port.CronCalendar;
import com.cartwise.application.port.RetrainingSchedules;
import com.cartwise.application.recommend.training.StartTraining;
import com.cartwise.application.retraining.schedule.RetrainDueShops;
import com.cartwise.application.retraining.schedule.RetrainingCron;
import com.cartwise.bootstrap.scheduling.MicronautCronCalendar;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Wires scheduled retraining: the cron calendar, the deployment's schedule and the scheduler's round. */
@Factory
final class RetrainingFactory {

    @Singleton
    CronCalendar cronCalendar() {
        return new MicronautCronCalendar();
    }

    @Singleton
    RetrainingCron retrainingCron(CronCalendar calendar, @Value("${cartwise.retraining.cron}") String configured) {
        return new RetrainingCron(calendar, configured);
    }

    @Singleton
    RetrainDueShops retrainDueShops(RetrainingSchedules schedules, RetrainingCron cron, FlagValues flags, StartTraining startTraining,
                                    Clock clock) {
        return new RetrainDueShops(schedules, cron, flags, startTraining, clock);
    }
}
