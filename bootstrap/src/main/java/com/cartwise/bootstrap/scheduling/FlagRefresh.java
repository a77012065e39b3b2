package com.cartwise.bootstrap.scheduling;

import com.cartwise.application.flags.FlagValues;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the flags from the database at start and every refresh interval, so that a change made on
 * any replica applies on this one within the interval, without a restart.
 */
@Context
public final class FlagRefresh {
    private static final Logger LOG = LoggerFactory.getLogger(FlagRefresh.class);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "cartwise-flag-refresh");
        thread.setDaemon(true);
        return thread;
    });

    public FlagRefresh(FlagValues values, @Value("${cartwise.flags.refresh}") Duration refresh) {
        long period = Math.max(100, refresh.toMillis());
        executor.scheduleWithFixedDelay(() -> {
            try {
                values.refresh();
            } catch (RuntimeException e) {
                // The previous values stay in force; the next round tries again.
                LOG.warn("could not read the feature flags: {}", e.getMessage());
            }
        }, 0, period, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
