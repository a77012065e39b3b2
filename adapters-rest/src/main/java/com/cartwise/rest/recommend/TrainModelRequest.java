package com.cartwise.rest.recommend;

import com.cartwise.domain.recommend.Metric;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Optional;

/** {"metric": "cosine"} to rank by that metric; without it training keeps the metric that evaluates best. */
@Serdeable
public record TrainModelRequest(@Nullable String metric) {

    Optional<Metric> chosenMetric() {
        return metric == null ? Optional.empty() : Optional.of(Metric.fromWireName(metric));
    }
}
