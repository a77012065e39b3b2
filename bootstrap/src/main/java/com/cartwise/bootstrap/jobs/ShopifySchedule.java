package com.cartwise.bootstrap.jobs;

import com.cartwise.application.shopify.connect.SyncDueShops;
import com.cartwise.bootstrap.settings.StartSettings;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks, every check interval, for connected shops whose incremental sync is due, and starts it
 * (see {@link SyncDueShops}); also forgets old webhook receipts. From the context's start on.
 */
@Context
public final class ShopifySchedule implements ApplicationEventListener<StartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(ShopifySchedule.class);

    private final SyncDueShops syncDueShops;
    private final ScheduledExecutorService executor;
    private final long period;

    public ShopifySchedule(SyncDueShops syncDueShops, @Named("shopify-schedule") ScheduledExecutorService executor,
                           @Value("${cartwise.shopify.sync.check-interval}") Duration checkInterval) {
        StartSettings.positive("cartwise.shopify.sync.check-interval", checkInterval);
        this.syncDueShops = syncDueShops;
        this.executor = executor;
        this.period = Math.max(1000, checkInterval.toMillis());
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        executor.scheduleWithFixedDelay(() -> {
            try {
                syncDueShops.execute().forEach(job -> LOG.info("started incremental Shopify sync {} of shop {}", job.id(), job.shop()));
            } catch (RuntimeException e) {
                // The database may be briefly unreachable: the next round tries again.
                LOG.warn("could not look for Shopify syncs that are due: {}", e.getMessage());
            }
        }, period, period, TimeUnit.MILLISECONDS);
    }
}
