package com.cartwise.application.fakes;

import com.cartwise.application.port.ModelStore;
import com.cartwise.domain.recommend.evaluation.EvaluationReport;
import com.cartwise.domain.recommend.learning.LearnedModel;
import com.cartwise.domain.recommend.serving.ModelReport;
import com.cartwise.domain.recommend.serving.TrainedModel;
import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** A {@link ModelStore} that passes every call to another: a test overrides only the call it watches, slows or breaks. */
public class ForwardingModelStore implements ModelStore {
    private final ModelStore store;

    public ForwardingModelStore(ModelStore store) {
        this.store = store;
    }

    @Override
    public TrainedModel save(ShopId shop, Instant trainedAt, LearnedModel model, EvaluationReport evaluation, Optional<Long> updateOf) {
        return store.save(shop, trainedAt, model, evaluation, updateOf);
    }

    @Override
    public Optional<TrainedModel> latest(ShopId shop) {
        return store.latest(shop);
    }

    @Override
    public long latestVersion(ShopId shop) {
        return store.latestVersion(shop);
    }

    @Override
    public List<NewestModel> newestModels(int limit) {
        return store.newestModels(limit);
    }

    @Override
    public List<NewestModel> newestModelsOf(List<ShopId> shops) {
        return store.newestModelsOf(shops);
    }

    @Override
    public List<ModelReport> reports(ShopId shop, int limit, OptionalLong beforeVersion) {
        return store.reports(shop, limit, beforeVersion);
    }

    @Override
    public Optional<ModelReport> report(ShopId shop, long version) {
        return store.report(shop, version);
    }
}
