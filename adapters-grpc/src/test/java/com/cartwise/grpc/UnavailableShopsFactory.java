package com.cartwise.grpc;

import com.cartwise.application.fakes.InMemoryCatalog;
import com.cartwise.application.fakes.InMemoryFeatureFlags;
import com.cartwise.application.fakes.InMemoryModelStore;
import com.cartwise.application.fakes.InMemoryShops;
import com.cartwise.application.fakes.InMemoryStore;
import com.cartwise.application.flags.values.FlagValues;
import com.cartwise.application.port.Shops;
import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.application.recommend.RecommendForProduct;
import com.cartwise.application.recommend.ServingModels;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The use cases over a shop store that fails as a lost database connection would, so that a
 * request for an untrained shop (which makes the use case look the shop up) fails unexpectedly.
 */
@Factory
@Requires(property = InMemoryCartwiseFactory.WIRING, value = UnavailableShopsFactory.WIRING)
class UnavailableShopsFactory {
    static final String WIRING = "unavailable-shops";
    static final String FAILURE = "connection to the shops table lost";

    @Singleton
    RecommendForCart recommendForCart() {
        // No model is ever stored, so every request falls through to the shop lookup.
        return new RecommendForCart(new UnavailableShops(), noModels(), noFlags());
    }

    @Singleton
    RecommendForProduct recommendForProduct() {
        return new RecommendForProduct(new UnavailableShops(), catalog(), noModels(), noFlags());
    }

    private static InMemoryCatalog catalog() {
        return new InMemoryCatalog(new InMemoryStore(new InMemoryShops()));
    }

    private static FlagValues noFlags() {
        return new FlagValues(new InMemoryFeatureFlags());
    }

    private static ServingModels noModels() {
        return new ServingModels(new InMemoryModelStore(), catalog());
    }

    private static final class UnavailableShops implements Shops {
        @Override
        public Optional<Shop> find(ShopId id) {
            throw new IllegalStateException(FAILURE);
        }

        @Override
        public boolean add(Shop shop) {
            throw new IllegalStateException(FAILURE);
        }
    }
}
