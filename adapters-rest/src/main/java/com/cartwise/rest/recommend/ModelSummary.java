package com.cartwise.rest.recommend;

import com.cartwise.domain.recommend.serving.ModelReport;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * One stored model, as {@code GET /api/v1/shops/{shop}/models} lists it (newest first).
 *
 * @param metric the scorer the model ranks by, e.g. {@code rp3beta(alpha=1,beta=0.5)+recent}
 * @param orders orders the model counted
 * @param sizeBytes memory of the model's arrays when served
 * @param updateOf the version whose counts this one continued with new orders; null after a full training
 * @param chosen the candidate the evaluation chose (the metric differs when the merchant asked for one)
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ModelSummary(long modelVersion, String metric, String trainedAt, long orders, long sizeBytes, @Nullable Long updateOf,
                           @Nullable String chosen) {

    static ModelSummary of(ModelReport report) {
        return new ModelSummary(report.version(), report.metric(), report.trainedAt().toString(), report.orders(), report.sizeBytes(),
                report.updateOf().orElse(null), report.evaluation().chosen().orElse(null));
    }
}
