package com.cartwise.persistence.recommend;

import com.cartwise.application.port.ModelStore;
import com.cartwise.domain.recommend.CoOccurrenceModel;
import com.cartwise.domain.recommend.EvaluationReport;
import com.cartwise.domain.recommend.Metric;
import com.cartwise.domain.recommend.MetricEvaluation;
import com.cartwise.domain.recommend.ModelCodec;
import com.cartwise.domain.recommend.TrainedModel;
import com.cartwise.domain.shop.ShopId;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** {@link ModelStore} in {@code models} and {@code model_evaluations}. */
@Singleton
public final class JdbcModelStore implements ModelStore {
    private final ModelRepository models;
    private final ModelEvaluationRepository evaluations;
    private final TransactionOperations<Connection> transactions;

    JdbcModelStore(ModelRepository models, ModelEvaluationRepository evaluations,
                   TransactionOperations<Connection> transactions) {
        this.models = models;
        this.evaluations = evaluations;
        this.transactions = transactions;
    }

    @Override
    public TrainedModel save(ShopId shop, Metric metric, Instant trainedAt, CoOccurrenceModel counts,
                             EvaluationReport evaluation) {
        byte[] payload = ModelCodec.encode(counts);
        // timestamptz keeps microseconds: answer the instant as latest() will read it back.
        Instant stored = trainedAt.truncatedTo(ChronoUnit.MICROS);
        long version = transactions.executeWrite(status -> {
            if (models.lockShop(shop.value()).isEmpty()) {
                throw new IllegalStateException("no shop '" + shop + "' to store a model for");
            }
            long next = models.latestVersion(shop.value()) + 1;
            models.save(new ModelRow(new ModelKey(shop.value(), next), metric.wireName(), stored, counts.orders(),
                    evaluation.trainingOrders(), evaluation.validationOrders(), payload));
            if (!evaluation.results().isEmpty()) {
                evaluations.saveAll(rows(shop, next, evaluation.results()));
            }
            return next;
        });
        return new TrainedModel(shop, version, metric, stored, counts, evaluation);
    }

    @Override
    public Optional<TrainedModel> latest(ShopId shop) {
        return transactions.executeRead(status -> models.findLatest(shop.value()).map(row -> toModel(shop, row)));
    }

    private TrainedModel toModel(ShopId shop, ModelRow row) {
        List<MetricEvaluation> results = evaluations.findByModel(shop.value(), row.key().version()).stream()
                .map(e -> new MetricEvaluation(Metric.fromWireName(e.key().metric()), e.k(), e.cases(), e.hits()))
                .toList();
        return new TrainedModel(shop, row.key().version(), Metric.fromWireName(row.metric()), row.trainedAt(),
                ModelCodec.decode(row.payload()),
                new EvaluationReport(row.trainingOrders(), row.validationOrders(), results));
    }

    private static List<ModelEvaluationRow> rows(ShopId shop, long version, List<MetricEvaluation> results) {
        return IntStream.range(0, results.size())
                .mapToObj(i -> {
                    MetricEvaluation e = results.get(i);
                    return new ModelEvaluationRow(new ModelEvaluationKey(shop.value(), version, e.metric().wireName()),
                            i, e.k(), e.cases(), e.hits());
                })
                .toList();
    }
}
