package com.cartwise.bootstrap.serving;

import com.cartwise.application.recommend.WarmUpModels;
import com.cartwise.bootstrap.jobs.TrainingWarmUp;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads shops' models once the server listens and before it reports ready ({@link
 * ModelWarmUpHealth}, and gRPC's health service), so that a replica joining a rolling deploy gets
 * tills only once it can answer them from memory; and rehearses each door as it starts ({@link
 * DoorRehearsal}), the REST door before the models load, so that the first till does not pay for
 * the request path's first use either; and, before the models, rehearses a training ({@link
 * TrainingWarmUp}), so that it never competes with tills for the cores. It runs in the start
 * itself: the HTTP port already answers health probes (liveness up, readiness down) while it works.
 */
@Singleton
// Before the listener that starts the gRPC server on the HTTP server's start: models load, and the
// REST door is rehearsed, whichever order the listeners were found in.
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class ModelWarmUp implements ApplicationEventListener<ServerStartupEvent> {
    public static final String MAX_SHOPS = "cartwise.recommender.serving.warm-up-shops";
    public static final String REHEARSE = "cartwise.recommender.serving.rehearse-doors";
    private static final Logger LOG = LoggerFactory.getLogger(ModelWarmUp.class);

    private final WarmUpModels warmUp;
    private final DoorRehearsal rehearsal;
    private final TrainingWarmUp training;
    private final int maxShops;
    private final boolean rehearse;
    private final AtomicBoolean started = new AtomicBoolean();
    private final List<DoorRehearsal.Rehearsed> rehearsals = new CopyOnWriteArrayList<>();

    ModelWarmUp(WarmUpModels warmUp, DoorRehearsal rehearsal, TrainingWarmUp training,
                @Value("${" + MAX_SHOPS + ":" + WarmUpModels.DEFAULT_MAX_SHOPS + "}") int maxShops,
                @Value("${" + REHEARSE + ":" + DoorRehearsal.BY_DEFAULT + "}") boolean rehearse) {
        if (maxShops < 0) {
            throw new IllegalArgumentException(MAX_SHOPS + " must be 0 (load on first request only) or more, but was " + maxShops);
        }
        this.warmUp = warmUp;
        this.rehearsal = rehearsal;
        this.training = training;
        this.maxShops = maxShops;
        this.rehearse = rehearse;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (rehearse) {
            rehearse(event.getSource());
        }
        // Both the HTTP and the gRPC server announce their start: load the models once.
        if (!started.compareAndSet(false, true)) {
            return;
        }
        training.run();
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

    /** The doors rehearsed so far, in the order their rehearsals ended, with what they answered. */
    public List<DoorRehearsal.Rehearsed> rehearsals() {
        return List.copyOf(rehearsals);
    }

    private void rehearse(EmbeddedServer server) {
        try {
            DoorRehearsal.Rehearsed rehearsed = server instanceof GrpcEmbeddedServer
                    ? rehearsal.grpc(server.getHost(), server.getPort())
                    : rehearsal.rest(server.getURI());
            rehearsals.add(rehearsed);
            LOG.info("rehearsed the {} door before taking requests in {} ms: a recommendation without a key answered {}",
                    rehearsed.door(), rehearsed.took().toMillis(), rehearsed.recommendation());
        } catch (RuntimeException e) {
            // Only the first till's wait depends on it.
            LOG.warn("could not rehearse the door at {}; its first request loads what the rehearsal would have", server.getURI(), e);
        }
    }
}
