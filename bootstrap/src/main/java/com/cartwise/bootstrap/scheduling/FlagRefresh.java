package com.cartwise.bootstrap.scheduling;

import com.cartwise.application.flags.values.FlagValues;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import org.slf4j.LoggerFactory;

/**
 * Reads the flags from the database at start and every refresh interval, so that a change made on
 * any replica applies on this one within the interval, without a restart. A failed read keeps the
 * values in force.
 */
@Context
public final class FlagRefresh {
    private final Periodic periodic;

    public FlagRefresh(FlagValues values, @Value("${cartwise.flags.refresh}") Duration refresh) {
        periodic = new Periodic("cartwise-flag-refresh", Duration.ZERO, refresh, values::refresh, LoggerFactory.getLogger(FlagRefresh.class),
                "read the feature flags");
    }

    @PreDestroy
    void stop() {
        periodic.close();
    }
}
