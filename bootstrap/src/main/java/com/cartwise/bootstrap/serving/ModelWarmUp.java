package com.cartwise.bootstrap.serving;

import com.cartwise.application.recommend.WarmUpModels;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the most recently trained shops' models once the server listens and before it reports
 * ready ({@link ModelWarmUpHealth}, and gRPC's health service), so that a replica joining a rolling
 * deploy gets tills only once it can answer them from memory. It runs in the start itself: the
 * HTTP port already answers health probes (liveness up, readiness down) while it works.
 */
@Singleton
public final class ModelWarmUp implements ApplicationEventListener<ServerStartupEvent> {
    static final String MAX_SHOPS = "cartwise.recommender.serving.warm-up-shops";
    private static final Logger LOG = LoggerFactory.getLogger(ModelWarmUp.class);

    private final WarmUpModels warmUp;
    private final int maxShops;
    private final AtomicBoolean started = new AtomicBoolean();

    ModelWarmUp(WarmUpModels warmUp, @Value("${" + MAX_SHOPS + ":" + WarmUpModels.DEFAULT_MAX_SHOPS + "}") int maxShops) {
        if (maxShops < 0) {
            throw new IllegalArgumentException(MAX_SHOPS + " must be 0 (load on first request only) or more, but was " + maxShops);
        }
        this.warmUp = warmUp;
        this.maxShops = maxShops;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        // Both the HTTP and the gRPC server announce their start: warm once.
        if (!started.compareAndSet(false, true)) {
            return;
        }
        long begun = System.nanoTime();
        try {
            WarmUpModels.Result warmed = warmUp.execute(maxShops);
            LOG.info("loaded the models of {} shop(s) ({} MB) in {} ms before taking requests; {} left to their first request{}",
                    warmed.loaded().size(), warmed.servedBytes() >> 20, (System.nanoTime() - begun) / 1_000_000, warmed.left().size(),
                    warmed.failed().isEmpty() ? "" : "; could not load " + warmed.failed() + " (their first request tries again)");
        } catch (RuntimeException e) {
            // The database may be out of reach at start: shops then load on their first request, as without a warm-up.
            LOG.warn("could not list the shops' models to load at start; each loads on its first request", e);
        }
    }
}
