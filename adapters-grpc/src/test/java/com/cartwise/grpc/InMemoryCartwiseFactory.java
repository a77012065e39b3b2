package com.cartwise.grpc;

import com.cartwise.application.access.keys.Authenticate;
import com.cartwise.application.access.keys.SpendRequest;
import com.cartwise.application.port.AccessMetrics;
import com.cartwise.application.analytics.RecordEvents;
import com.cartwise.application.bundles.cart.FindBundlesForCart;
import com.cartwise.application.fakes.InMemoryApiKeys;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.application.fakes.TestAccess;
import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.application.recommend.RecommendForProduct;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Stands in for the bootstrap's wiring: the real use cases over in-memory ports. Tests reach the
 * {@link InMemoryCartwise} bean to seed data through the use cases. A test that sets
 * {@value #WIRING} wires the use cases differently (see the factories that require it).
 */
@Factory
class InMemoryCartwiseFactory {
    static final String WIRING = "test.wiring";
    /** The operator key {@link GrpcTestServer}'s channel sends. */
    static final String OPERATOR_KEY = TestAccess.OPERATOR_KEY;

    @Singleton
    InMemoryApiKeys apiKeys() {
        return new InMemoryApiKeys();
    }

    @Singleton
    SpendRequest spendRequest() {
        return TestAccess.unlimitedBudgets();
    }

    @Singleton
    AccessMetrics accessMetrics() {
        return AccessMetrics.NONE;
    }

    @Singleton
    Authenticate authenticate(InMemoryApiKeys keys) {
        return TestAccess.authenticate(keys);
    }

    @Singleton
    InMemoryCartwise cartwise() {
        return new InMemoryCartwise(Clock.fixed(Instant.parse("2025-02-01T12:00:00Z"), ZoneOffset.UTC));
    }

    @Singleton
    RecordEvents recordEvents(InMemoryCartwise cartwise) {
        return cartwise.recordEvents;
    }

    @Singleton
    FindBundlesForCart findBundlesForCart(InMemoryCartwise cartwise) {
        return cartwise.findBundlesForCart;
    }

    @Singleton
    @Requires(missingProperty = WIRING)
    RecommendForCart recommendForCart(InMemoryCartwise cartwise) {
        return cartwise.recommendForCart;
    }

    @Singleton
    @Requires(missingProperty = WIRING)
    RecommendForProduct recommendForProduct(InMemoryCartwise cartwise) {
        return cartwise.recommendForProduct;
    }
}
