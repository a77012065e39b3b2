package com.cartwise.rest.recommend;

import com.cartwise.application.recommend.TrainRecommender;
import com.cartwise.domain.orders.BasketHistory;
import com.cartwise.domain.recommend.EvaluationReport;
import com.cartwise.domain.recommend.MetricEvaluation;
import com.cartwise.domain.recommend.OfflineEvaluation;
import com.cartwise.domain.recommend.TrainedModel;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * A newly trained model and what it learnt from.
 *
 * @param trainedAt ISO-8601 instant in UTC
 * @param orders the shop's orders; {@code baskets} those with at least one line matched to a catalogue variant
 * @param unresolvedLines order lines that matched no catalogue variant (by SKU or name) and were left out
 * @param variants variants bought at least once; {@code pairs} distinct pairs bought together at least once
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ModelTrained(long modelVersion, String metric, String trainedAt, long orders, long baskets, long lines,
                           long unresolvedLines, long variants, long pairs, Evaluation evaluation) {

    static ModelTrained of(TrainRecommender.Result.Trained trained) {
        TrainedModel model = trained.model();
        BasketHistory history = trained.history();
        return new ModelTrained(model.version(), model.metric().wireName(), model.trainedAt().toString(), history.orders(),
                history.baskets().size(), history.lines(), history.unresolvedLines(), model.counts().variants(),
                model.counts().pairs(), Evaluation.of(model.evaluation()));
    }

    /**
     * The offline evaluation behind the metric: the oldest orders train, each later order with two
     * or more variants is a case whose last variant must be found among the top {@code k}.
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Evaluation(int k, int trainingOrders, int validationOrders, int cases, List<MetricResult> results) {

        static Evaluation of(EvaluationReport report) {
            int k = report.results().isEmpty() ? OfflineEvaluation.DEFAULT_K : report.results().getFirst().k();
            return new Evaluation(k, report.trainingOrders(), report.validationOrders(), report.cases(),
                    report.results().stream().map(MetricResult::of).toList());
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MetricResult(String metric, int hits, double hitRate, double precision, double recall) {

        static MetricResult of(MetricEvaluation e) {
            return new MetricResult(e.metric().wireName(), e.hits(), e.hitRate(), e.precision(), e.recall());
        }
    }
}
