package com.cartwise.grpc;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.grpc.MetricCollectingServerInterceptor;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;

/**
 * micronaut-micrometer's timing of every RPC by service, method and status code
 * ({@code grpc_server_processing_duration_seconds}), given a place among the interceptors: right
 * inside the request id's, outside the key check's. Unordered, as the binder registers it, it sorts
 * last and Micronaut installs it innermost, so a call the key check refused (UNAUTHENTICATED,
 * RESOURCE_EXHAUSTED) never reached it, and an operator could not count refused keys.
 */
@Singleton
// the binder's own conditions: metrics on, the gRPC binder not switched off
@Requires(beans = MeterRegistry.class)
@Requires(property = "micronaut.metrics.binders.grpc.enabled", notEquals = "false")
@Replaces(MetricCollectingServerInterceptor.class)
public final class RequestMetricsInterceptor extends MetricCollectingServerInterceptor implements Ordered {
    public RequestMetricsInterceptor(MeterRegistry registry) {
        super(registry);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
