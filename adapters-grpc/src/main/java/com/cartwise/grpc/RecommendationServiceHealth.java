package com.cartwise.grpc;

import com.cartwise.application.recommend.WarmUpModels;
import com.cartwise.proto.v1.BundleServiceGrpc;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.protobuf.services.HealthStatusManager;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerShutdownEvent;
import java.util.List;

/**
 * Reports {@code cartwise.v1.RecommendationService} and {@code cartwise.v1.BundleService} in the
 * standard health service.
 * <p>
 * micronaut-grpc already serves {@code grpc.health.v1.Health}: its GrpcHealthFactory makes a
 * {@link HealthStatusManager} (which answers SERVING for "") unless
 * {@code grpc.server.health.enabled=false}, and its server builder adds that manager's service.
 * So this only adds our services' names, eagerly, before the server accepts the first check.
 * <p>
 * While the instance loads its shops' models at start ({@link WarmUpModels}), every name, the
 * server's "" included, answers NOT_SERVING, as the HTTP readiness probe does: a gRPC-aware load
 * balancer then sends no till here before it can be answered from memory.
 */
@Context
@Requires(beans = HealthStatusManager.class)
final class RecommendationServiceHealth implements ApplicationEventListener<ServerShutdownEvent> {
    private static final List<String> SERVICES = List.of("", RecommendationServiceGrpc.SERVICE_NAME, BundleServiceGrpc.SERVICE_NAME);

    private final HealthStatusManager health;
    /** Guarded by this: once shutdown began, the warm-up's end must not say SERVING again. */
    private boolean terminal;

    RecommendationServiceHealth(HealthStatusManager health, @Nullable WarmUpModels warmUp) {
        this.health = health;
        if (warmUp == null) {
            report(ServingStatus.SERVING);
            return;
        }
        report(ServingStatus.NOT_SERVING);
        // However the warm-up ended: a shop it could not load loads on its first request.
        warmUp.ended().whenComplete((result, failure) -> report(ServingStatus.SERVING));
    }

    private synchronized void report(ServingStatus status) {
        if (!terminal) {
            SERVICES.forEach(service -> health.setStatus(service, status));
        }
    }

    /**
     * NOT_SERVING for every name once shutdown begins: the gRPC server publishes this event before
     * it stops taking calls, so health watchers (load balancers, meshes) hear it from us rather than
     * from a dropped connection. Both the HTTP and the gRPC server publish it; the manager logs a
     * warning with a stack trace if told twice.
     */
    @Override
    public void onApplicationEvent(ServerShutdownEvent event) {
        synchronized (this) {
            if (!terminal) {
                terminal = true;
                health.enterTerminalState();
            }
        }
    }
}
