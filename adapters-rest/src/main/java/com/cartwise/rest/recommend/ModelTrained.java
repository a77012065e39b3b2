package com.cartwise.rest.recommend;

import com.cartwise.application.recommend.TrainRecommender;
import com.cartwise.domain.orders.BasketHistory;
import com.cartwise.domain.recommend.serving.TrainedModel;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * A newly trained model and what it learnt from.
 *
 * @param metric the scorer the model ranks by, e.g. {@code cosine} or {@code rp3beta(alpha=1,beta=0.5)+recent}
 * @param trainedAt ISO-8601 instant in UTC
 * @param orders the shop's orders; {@code baskets} those with at least one line matched to a catalogue variant
 * @param unresolvedLines order lines that matched no catalogue variant (by SKU or name) and were left out
 * @param variants variants bought at least once; {@code pairs} distinct pairs bought together at least once
 * @param sizeBytes memory of the model's arrays when served
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ModelTrained(long modelVersion, String metric, String trainedAt, long orders, long baskets, long lines,
                           long unresolvedLines, long variants, long pairs, long sizeBytes, EvaluationTable evaluation) {

    static ModelTrained of(TrainRecommender.Result.Trained trained) {
        TrainedModel model = trained.model();
        BasketHistory history = trained.history();
        return new ModelTrained(model.version(), model.metric(), model.trainedAt().toString(), history.orders(),
                history.baskets().size(), history.lines(), history.unresolvedLines(), model.model().counts().variants(),
                model.model().counts().pairs(), model.model().bytes(), EvaluationTable.of(model.evaluation()));
    }
}
