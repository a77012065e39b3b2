package com.cartwise.grpc;

import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.application.fakes.ForwardingModelStore;
import com.cartwise.application.port.ModelStore;
import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.application.recommend.RecommendForProduct;
import com.cartwise.application.recommend.ServingModels;
import com.cartwise.domain.recommend.serving.TrainedModel;
import com.cartwise.domain.shop.ShopId;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * RecommendForCart and RecommendForProduct over a model store that counts its loads and holds the load of one shop until
 * the test opens the gate, as a slow database would. Its serving cache starts empty, so every
 * shop's first request has to load (off the event loop).
 */
@Factory
@Requires(property = InMemoryCartwiseFactory.WIRING, value = GatedModelStoreFactory.WIRING)
class GatedModelStoreFactory {
    static final String WIRING = "gated-model-store";

    @Singleton
    GatedModelStore gatedModelStore(InMemoryCartwise cartwise) {
        return new GatedModelStore(cartwise.modelStore);
    }

    @Singleton
    ServingModels gatedServingModels(InMemoryCartwise cartwise, GatedModelStore store) {
        return new ServingModels(store, cartwise.catalog);
    }

    @Singleton
    RecommendForCart recommendForCart(InMemoryCartwise cartwise, ServingModels servingModels) {
        return new RecommendForCart(cartwise.shops, servingModels, cartwise.flagValues);
    }

    @Singleton
    RecommendForProduct recommendForProduct(InMemoryCartwise cartwise, ServingModels servingModels) {
        return new RecommendForProduct(cartwise.shops, cartwise.catalog, servingModels, cartwise.flagValues);
    }

    static final class GatedModelStore extends ForwardingModelStore {
        private final Map<ShopId, AtomicInteger> loads = new ConcurrentHashMap<>();
        private volatile ShopId gated;
        private volatile CountDownLatch entered = new CountDownLatch(1);
        private volatile CountDownLatch open = new CountDownLatch(0);

        GatedModelStore(ModelStore store) {
            super(store);
        }

        /** Holds the next loads of this shop until {@link #open()}. */
        void close(ShopId shop) {
            entered = new CountDownLatch(1);
            open = new CountDownLatch(1);
            gated = shop;
        }

        void awaitHeldLoad() throws InterruptedException {
            if (!entered.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("no load of " + gated + " reached the store");
            }
        }

        void open() {
            open.countDown();
        }

        int loads(ShopId shop) {
            return loads.getOrDefault(shop, new AtomicInteger()).get();
        }

        @Override
        public Optional<TrainedModel> latest(ShopId shop) {
            loads.computeIfAbsent(shop, s -> new AtomicInteger()).incrementAndGet();
            if (shop.equals(gated)) {
                entered.countDown();
                try {
                    if (!open.await(10, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the test never opened the gate");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return super.latest(shop);
        }
    }
}
