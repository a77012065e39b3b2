package com.cartwise.application.fakes;

import com.cartwise.application.port.ModelStore;
import com.cartwise.domain.recommend.CoOccurrenceModel;
import com.cartwise.domain.recommend.EvaluationReport;
import com.cartwise.domain.recommend.Metric;
import com.cartwise.domain.recommend.TrainedModel;
import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ModelStore} in memory. */
public final class InMemoryModelStore implements ModelStore {
    private final Map<ShopId, List<TrainedModel>> models = new ConcurrentHashMap<>();

    @Override
    public synchronized TrainedModel save(ShopId shop, Metric metric, Instant trainedAt, CoOccurrenceModel counts,
                                          EvaluationReport evaluation) {
        List<TrainedModel> versions = models.computeIfAbsent(shop, s -> new ArrayList<>());
        TrainedModel model = new TrainedModel(shop, versions.size() + 1, metric, trainedAt, counts, evaluation);
        versions.add(model);
        return model;
    }

    @Override
    public Optional<TrainedModel> latest(ShopId shop) {
        List<TrainedModel> versions = models.getOrDefault(shop, List.of());
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }
}
