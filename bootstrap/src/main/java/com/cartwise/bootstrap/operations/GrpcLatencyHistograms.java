package com.cartwise.bootstrap.operations;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.inject.Singleton;

/**
 * Latency histograms for each RPC: micronaut-micrometer's gRPC binder times every call by service,
 * method and status code ({@code grpc.server.processing.duration}), but without buckets, so no
 * percentile could be computed from the scrape. (REST routes get theirs from
 * {@code micronaut.metrics.binders.web.server.histogram}.)
 */
@Singleton
final class GrpcLatencyHistograms implements MeterFilter {
    @Override
    public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
        if (id.getType() == Meter.Type.TIMER && id.getName().startsWith("grpc.server.")) {
            return DistributionStatisticConfig.builder().percentilesHistogram(true).build().merge(config);
        }
        return config;
    }
}
