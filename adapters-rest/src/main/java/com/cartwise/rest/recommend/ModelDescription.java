package com.cartwise.rest.recommend;

import com.cartwise.domain.recommend.serving.ModelReport;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/** One stored model with its whole evaluation table: {@code GET /api/v1/shops/{shop}/models/{version}}. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ModelDescription(long modelVersion, String metric, String trainedAt, long orders, long sizeBytes,
                               @Nullable Long updateOf, EvaluationTable evaluation) {

    static ModelDescription of(ModelReport report) {
        return new ModelDescription(report.version(), report.metric(), report.trainedAt().toString(), report.orders(),
                report.sizeBytes(), report.updateOf().orElse(null), EvaluationTable.of(report.evaluation()));
    }

    /** A page of models: {"models": [...], "next_cursor"}, newest first; {@code next_cursor} is null on the last page. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Listed(List<ModelSummary> models, @Nullable String nextCursor) {
    }
}
