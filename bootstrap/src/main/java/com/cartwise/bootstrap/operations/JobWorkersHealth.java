package com.cartwise.bootstrap.operations;

import com.cartwise.bootstrap.jobs.JobWorkers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import jakarta.inject.Singleton;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Liveness: this instance's job worker threads are all alive. A dead worker thread never comes back
 * on its own (its jobs wait for another instance), so a restart is the cure: liveness, not
 * readiness. The database is readiness only: restarting cannot bring it back.
 */
@Singleton
@Liveness
final class JobWorkersHealth implements HealthIndicator {
    private final JobWorkers workers;

    JobWorkersHealth(JobWorkers workers) {
        this.workers = workers;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        int alive = workers.aliveWorkers();
        int started = workers.startedWorkers();
        HealthStatus status = alive == started ? HealthStatus.UP : HealthStatus.DOWN;
        return Mono.just(HealthResult.builder("jobWorkers", status).details(Map.of("alive", alive, "started", started)).build());
    }
}
