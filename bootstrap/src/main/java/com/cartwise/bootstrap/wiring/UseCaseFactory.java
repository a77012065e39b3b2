package com.cartwise.bootstrap.wiring;

import com.cartwise.application.port.Catalog;
import com.cartwise.application.port.ModelStore;
import com.cartwise.application.port.OrderHistory;
import com.cartwise.application.port.Shops;
import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.application.recommend.ServingModels;
import com.cartwise.application.recommend.TrainRecommender;
import com.cartwise.application.shop.CreateShop;
import com.cartwise.application.shop.FindShop;
import com.cartwise.domain.recommend.OfflineEvaluation;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Wires the use cases, which carry no framework annotations, to the adapters' implementations
 * of their ports, passing tunables from configuration as plain values.
 */
@Factory
final class UseCaseFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    OfflineEvaluation offlineEvaluation(@Value("${cartwise.recommender.evaluation.k:2}") int k,
                                        @Value("${cartwise.recommender.evaluation.train-share:0.8}") double trainShare) {
        return new OfflineEvaluation(k, trainShare);
    }

    @Singleton
    ServingModels servingModels(ModelStore modelStore, Catalog catalog) {
        return new ServingModels(modelStore, catalog);
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
                                      ServingModels servingModels, OfflineEvaluation evaluation, Clock clock) {
        return new TrainRecommender(shops, orderHistory, modelStore, servingModels, evaluation, clock);
    }

    @Singleton
    RecommendForCart recommendForCart(Shops shops, ServingModels servingModels) {
        return new RecommendForCart(shops, servingModels);
    }
}
