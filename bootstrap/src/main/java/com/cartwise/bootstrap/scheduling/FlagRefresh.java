package com.cartwise.bootstrap.scheduling;

import com.cartwise.application.flags.values.FlagValues;
import com.cartwise.bootstrap.settings.StartSettings;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import org.slf4j.LoggerFactory;

/**
 * Reads the flags from the database at start and every refresh interval, so that a change made on
 * any replica applies on this one within the interval, without a restart. A failed read keeps the
 * values in force. The reads begin once the context has started (as every background task of an
 * instance does): a start refused by a later bean leaves no thread reading a database that stops.
 */
@Context
public final class FlagRefresh implements ApplicationEventListener<StartupEvent> {
    private final Periodic periodic;

    public FlagRefresh(FlagValues values, @Value("${cartwise.flags.refresh}") Duration refresh) {
        StartSettings.positive("cartwise.flags.refresh", refresh);
        periodic = new Periodic("cartwise-flag-refresh", Duration.ZERO, refresh, values::refresh, LoggerFactory.getLogger(FlagRefresh.class),
                "read the feature flags");
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
