package com.cartwise.application.fakes;

import com.cartwise.application.port.ModelStore;
import com.cartwise.domain.recommend.evaluation.EvaluationReport;
import com.cartwise.domain.recommend.learning.LearnedModel;
import com.cartwise.domain.recommend.serving.ModelReport;
import com.cartwise.domain.recommend.serving.TrainedModel;
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
    public synchronized TrainedModel save(ShopId shop, Instant trainedAt, LearnedModel model, EvaluationReport evaluation,
                                          Optional<Long> updateOf) {
        List<TrainedModel> versions = models.computeIfAbsent(shop, s -> new ArrayList<>());
        if (updateOf.isPresent() && updateOf.get() != versions.size()) {
            throw new StaleModelException(shop, updateOf.get(), versions.size());
        }
        TrainedModel saved = new TrainedModel(shop, versions.size() + 1, trainedAt, model, evaluation, updateOf);
        versions.add(saved);
        return saved;
    }

    @Override
    public synchronized Optional<TrainedModel> latest(ShopId shop) {
        List<TrainedModel> versions = models.getOrDefault(shop, List.of());
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }

    @Override
    public synchronized List<NewestModel> newestModels(int limit) {
        return models.values().stream().filter(versions -> !versions.isEmpty()).map(List::getLast)
                .sorted(java.util.Comparator.comparing(TrainedModel::trainedAt).reversed()
                        .thenComparing(model -> model.shop().value()))
                .limit(limit)
                .map(InMemoryModelStore::listed)
                .toList();
    }

    @Override
    public synchronized List<NewestModel> newestModelsOf(List<ShopId> shops) {
        return shops.stream().distinct().map(this::latest).flatMap(Optional::stream).map(InMemoryModelStore::listed).toList();
    }

    /** A shop's model as the newest-model lists name it, with the size it reports. */
    private static NewestModel listed(TrainedModel model) {
        return new NewestModel(model.shop(), model.version(), model.trainedAt(), model.model().bytes());
    }

    @Override
    public synchronized long latestVersion(ShopId shop) {
        return models.getOrDefault(shop, List.of()).size();
    }

    @Override
    public synchronized List<ModelReport> reports(ShopId shop, int limit, java.util.OptionalLong beforeVersion) {
        return models.getOrDefault(shop, List.of()).reversed().stream().map(ModelReport::of)
                .filter(report -> report.version() < beforeVersion.orElse(Long.MAX_VALUE)).limit(limit).toList();
    }

    @Override
    public synchronized Optional<ModelReport> report(ShopId shop, long version) {
        List<TrainedModel> versions = models.getOrDefault(shop, List.of());
        return version >= 1 && version <= versions.size() ? Optional.of(ModelReport.of(versions.get((int) version - 1)))
                : Optional.empty();
    }
}
