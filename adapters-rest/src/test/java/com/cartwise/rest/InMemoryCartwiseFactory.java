package com.cartwise.rest;

import com.cartwise.application.catalog.ImportCatalog;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.application.orders.ImportOrders;
import com.cartwise.application.recommend.DescribeModel;
import com.cartwise.application.recommend.ListModels;
import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.application.recommend.TrainRecommender;
import com.cartwise.application.shop.CreateShop;
import com.cartwise.application.shop.FindShop;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The use cases as bootstrap wires them, but over the application's in-memory fakes, so that the
 * controllers are tested against the real use-case code without a database.
 */
@Factory
public class InMemoryCartwiseFactory {
    /** Models trained in these tests are dated this instant. */
    public static final Instant NOW = Instant.parse("2025-01-15T09:30:00Z");

    @Singleton
    InMemoryCartwise cartwise() {
        return new InMemoryCartwise(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Singleton
    CreateShop createShop(InMemoryCartwise cartwise) {
        return cartwise.createShop;
    }

    @Singleton
    FindShop findShop(InMemoryCartwise cartwise) {
        return cartwise.findShop;
    }

    @Singleton
    ImportCatalog importCatalog(InMemoryCartwise cartwise) {
        return cartwise.importCatalog;
    }

    @Singleton
    ImportOrders importOrders(InMemoryCartwise cartwise) {
        return cartwise.importOrders;
    }

    @Singleton
    TrainRecommender trainRecommender(InMemoryCartwise cartwise) {
        return cartwise.trainRecommender;
    }

    @Singleton
    ListModels listModels(InMemoryCartwise cartwise) {
        return cartwise.listModels;
    }

    @Singleton
    DescribeModel describeModel(InMemoryCartwise cartwise) {
        return cartwise.describeModel;
    }

    @Singleton
    RecommendForCart recommendForCart(InMemoryCartwise cartwise) {
        return cartwise.recommendForCart;
    }
}
