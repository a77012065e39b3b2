package com.cartwise.grpc;

import com.cartwise.proto.v1.BundleServiceGrpc;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.protobuf.services.HealthStatusManager;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerShutdownEvent;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reports {@code cartwise.v1.RecommendationService} and {@code cartwise.v1.BundleService} in the
 * standard health service.
 * <p>
 * micronaut-grpc already serves {@code grpc.health.v1.Health}: its GrpcHealthFactory makes a
 * {@link HealthStatusManager} (which answers SERVING for "") unless
 * {@code grpc.server.health.enabled=false}, and its server builder adds that manager's service.
 * So this only adds our service's name, eagerly, before the server accepts the first check.
 */
@Context
@Requires(beans = HealthStatusManager.class)
final class RecommendationServiceHealth implements ApplicationEventListener<ServerShutdownEvent> {
    private final HealthStatusManager health;
    private final AtomicBoolean terminal = new AtomicBoolean();

    RecommendationServiceHealth(HealthStatusManager health) {
        this.health = health;
        health.setStatus(RecommendationServiceGrpc.SERVICE_NAME, ServingStatus.SERVING);
        health.setStatus(BundleServiceGrpc.SERVICE_NAME, ServingStatus.SERVING);
    }

    /**
     * NOT_SERVING for every name once shutdown begins: the gRPC server publishes this event before
     * it stops taking calls, so health watchers (load balancers, meshes) hear it from us rather than
     * from a dropped connection. Both the HTTP and the gRPC server publish it; the manager logs a
     * warning with a stack trace if told twice.
     */
    @Override
    public void onApplicationEvent(ServerShutdownEvent event) {
        if (terminal.compareAndSet(false, true)) {
            health.enterTerminalState();
        }
    }
}
