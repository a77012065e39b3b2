package com.cartwise.bootstrap.scheduling;

import com.cartwise.application.jobs.start.StartJob;
import com.cartwise.application.retraining.schedule.RetrainDueShops;
import com.cartwise.bootstrap.settings.StartSettings;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every check interval, starts the scheduled retrainings that are due and that this replica
 * claims in the database (see {@link RetrainDueShops}), from the context's start on.
 */
@Context
public final class RetrainingSchedule implements ApplicationEventListener<StartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(RetrainingSchedule.class);

    private final Periodic periodic;

    public RetrainingSchedule(RetrainDueShops retrainDueShops, @Value("${cartwise.retraining.check-interval}") Duration checkInterval) {
        StartSettings.positive("cartwise.retraining.check-interval", checkInterval);
        // A due run stays due until a replica claims it: a failed round loses nothing.
        periodic = new Periodic("cartwise-retraining-schedule", checkInterval, checkInterval,
                () -> retrainDueShops.execute().forEach(RetrainingSchedule::log), LOG, "look for retrainings that are due");
    }

    private static void log(RetrainDueShops.Retraining retraining) {
        switch (retraining.start()) {
            case StartJob.Result.Started started -> LOG.info("started scheduled retraining {} of shop {}", started.job().id(),
                    retraining.shop());
            case StartJob.Result.ShopBusy busy -> LOG.warn("scheduled retraining of shop {} skipped: it is running job {} ({})",
                    retraining.shop(), busy.running().id(), busy.running().kind().wireName());
            case StartJob.Result.ShopNotFound gone -> LOG.warn("scheduled retraining of shop {} skipped: the shop is gone", gone.shop());
            case StartJob.Result.SwitchedOff off -> LOG.warn("scheduled retraining of shop {} skipped: {}", off.shop(), off.reason());
        }
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        periodic.start();
    }

    @PreDestroy
    void stop() {
        periodic.close();
    }
}
