package com.cartwise.bootstrap.wiring;

import com.cartwise.application.flags.values.FlagValues;
import com.cartwise.application.port.ApiKeys;
import com.cartwise.application.port.Catalog;
import com.cartwise.application.port.ModelStore;
import com.cartwise.application.port.ServingMetrics;
import com.cartwise.application.port.OrderHistory;
import com.cartwise.application.port.Shops;
import com.cartwise.application.recommend.DescribeModel;
import com.cartwise.application.recommend.EvaluateBaskets;
import com.cartwise.application.recommend.ListModels;
import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.application.recommend.RecommendForProduct;
import com.cartwise.application.recommend.ServingModels;
import com.cartwise.application.recommend.TrainRecommender;
import com.cartwise.application.recommend.UpdateRecommender;
import com.cartwise.application.recommend.WarmUpModels;
import com.cartwise.application.shop.CreateShop;
import com.cartwise.application.shop.FindShop;
import com.cartwise.bootstrap.settings.StartSettings;
import com.cartwise.domain.recommend.evaluation.EvaluationSettings;
import com.cartwise.domain.recommend.evaluation.PrimaryMeasure;
import com.cartwise.domain.recommend.evaluation.Protocol;
import com.cartwise.domain.recommend.learning.RecommenderTraining;
import com.cartwise.domain.recommend.learning.Tunables;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Wires the use cases, which carry no framework annotations, to the adapters' implementations
 * of their ports, passing tunables from configuration as plain values.
 */
@Factory
final class UseCaseFactory {
    private static final Map<String, String> EVALUATION_SETTINGS = Map.of(
            "train_share", "cartwise.recommender.evaluation.train-share",
            "k", "cartwise.recommender.evaluation.k",
            "protocol", "cartwise.recommender.evaluation.primary-protocol",
            "measure", "cartwise.recommender.evaluation.primary-measure",
            "max_cases", "cartwise.recommender.evaluation.max-cases");

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    EvaluationSettings evaluationSettings(
            @Value("${cartwise.recommender.evaluation.train-share:" + EvaluationSettings.DEFAULT_TRAIN_SHARE + "}") double trainShare,
            @Value("${cartwise.recommender.evaluation.k}") List<Integer> ks,
            @Value("${cartwise.recommender.evaluation.primary-protocol}") String primaryProtocol,
            @Value("${cartwise.recommender.evaluation.primary-measure}") String primaryMeasure,
            @Value("${cartwise.recommender.evaluation.max-cases:" + EvaluationSettings.DEFAULT_MAX_CASES + "}") int maxCases) {
        return StartSettings.checked(EVALUATION_SETTINGS, () -> new EvaluationSettings(trainShare, ks,
                PrimaryMeasure.parse(Protocol.fromWireName(primaryProtocol), primaryMeasure), maxCases));
    }

    @Singleton
    Tunables tunables(@Value("${cartwise.recommender.neighbours:" + Tunables.DEFAULT_NEIGHBOURS + "}") int neighbours,
                      @Value("${cartwise.recommender.ease.memory-bytes:" + Tunables.DEFAULT_EASE_MEMORY_BYTES + "}") long easeMemory) {
        return StartSettings.checked(Map.of("neighbours", "cartwise.recommender.neighbours", "ease_memory_bytes", "cartwise.recommender.ease.memory-bytes"),
                () -> new Tunables(neighbours, easeMemory, Tunables.DEFAULT_RP3BETA, Tunables.DEFAULT_EASE_LAMBDAS));
    }

    @Singleton
    RecommenderTraining recommenderTraining(Tunables tunables, EvaluationSettings evaluation) {
        return new RecommenderTraining(tunables, evaluation);
    }

    /** Version checks and the loads they trigger, off the requests' threads. */
    @Singleton
    @Named("model-refresh")
    ExecutorService modelRefresh() {
        return Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("model-refresh-", 0).factory());
    }

    @Singleton
    ServingModels servingModels(ModelStore modelStore, Catalog catalog, Clock clock, @Named("model-refresh") ExecutorService refresh,
            @Value("${cartwise.recommender.serving.memory-budget-bytes:" + ServingModels.Settings.DEFAULT_MEMORY_BUDGET_BYTES + "}")
            long budget,
            @Value("${cartwise.recommender.serving.version-check}") Duration versionCheck, ServingMetrics metrics) {
        return new ServingModels(modelStore, catalog, new ServingModels.Settings(budget, versionCheck), clock, refresh, metrics);
    }

    @Singleton
    CreateShop createShop(Shops shops) {
        return new CreateShop(shops);
    }

    @Singleton
    FindShop findShop(Shops shops) {
        return new FindShop(shops);
    }

    @Singleton
    TrainRecommender trainRecommender(Shops shops, OrderHistory orderHistory, ModelStore modelStore,
                                      ServingModels servingModels, RecommenderTraining training, Clock clock) {
        return new TrainRecommender(shops, orderHistory, modelStore, servingModels, training, clock);
    }

    @Singleton
    WarmUpModels warmUpModels(ModelStore modelStore, ApiKeys apiKeys, ServingModels servingModels) {
        return new WarmUpModels(modelStore, apiKeys, servingModels);
    }

    @Singleton
    UpdateRecommender updateRecommender(ServingModels servingModels, ModelStore modelStore, Clock clock) {
        return new UpdateRecommender(servingModels, modelStore, clock);
    }

    @Singleton
    EvaluateBaskets evaluateBaskets(Tunables tunables) {
        return new EvaluateBaskets(tunables);
    }

    @Singleton
    RecommendForCart recommendForCart(Shops shops, ServingModels servingModels, FlagValues flags) {
        return new RecommendForCart(shops, servingModels, flags);
    }

    @Singleton
    RecommendForProduct recommendForProduct(Shops shops, Catalog catalog, ServingModels servingModels, FlagValues flags) {
        return new RecommendForProduct(shops, catalog, servingModels, flags);
    }

    @Singleton
    ListModels listModels(Shops shops, ModelStore modelStore) {
        return new ListModels(shops, modelStore);
    }

    @Singleton
    DescribeModel describeModel(Shops shops, ModelStore modelStore) {
        return new DescribeModel(shops, modelStore);
    }
}
