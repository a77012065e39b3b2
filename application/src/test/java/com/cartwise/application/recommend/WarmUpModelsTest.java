package com.cartwise.application.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.SkiShop;
import com.cartwise.application.fakes.ForwardingModelStore;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.application.port.ModelStore;
import com.cartwise.application.port.ServingMetrics;
import com.cartwise.domain.recommend.serving.TrainedModel;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A starting replica loads the most recently trained shops' models, within its memory budget, before any request. */
class WarmUpModelsTest {
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    private final InMemoryCartwise cartwise = SkiShop.imported();
    private final AtomicInteger misses = new AtomicInteger();
    private final ServingMetrics countingMisses = new ServingMetrics() {
        @Override
        public void hit() {
        }

        @Override
        public void miss() {
            misses.incrementAndGet();
        }

        @Override
        public void servedChanged(List<Served> served) {
        }
    };

    /** A copy of the ski shop whose newest model was trained at {@code trainedAt}. */
    private ShopId shopTrainedAt(String id, Instant trainedAt) {
        ShopId shop = SkiShop.trainedCopy(cartwise, id);
        TrainedModel trained = cartwise.modelStore.latest(shop).orElseThrow();
        cartwise.modelStore.save(shop, trainedAt, trained.model(), trained.evaluation(), Optional.empty());
        return shop;
    }

    private ServingModels serving(ModelStore store, long budget) {
        return new ServingModels(store, cartwise.catalog, new ServingModels.Settings(budget, Duration.ofSeconds(2)), Clock.systemUTC(),
                Runnable::run, countingMisses);
    }

    @Test
    void theMostRecentlyTrainedShopsAreLoadedFirstAndTheirFirstRequestsAreServedFromMemory() {
        ShopId tuesday = shopTrainedAt("tuesday", MONDAY.plus(Duration.ofDays(1)));
        ShopId monday = shopTrainedAt("monday", MONDAY);
        ShopId wednesday = shopTrainedAt("wednesday", MONDAY.plus(Duration.ofDays(2)));
        ServingModels serving = serving(cartwise.modelStore, 1L << 30);

        WarmUpModels.Result result = new WarmUpModels(cartwise.modelStore, serving).execute(2);

        assertEquals(List.of(wednesday, tuesday), result.loaded());
        assertEquals(Set.of(wednesday, tuesday), Set.copyOf(serving.servedShops()));
        assertEquals(serving.servedBytes(), result.servedBytes());
        assertEquals(0, misses.get(), "loads ahead of requests are no cache misses");
        assertEquals(2, serving.current(wednesday).orElseThrow().version());
        assertEquals(0, misses.get(), "the first request found its model in memory");
        assertTrue(serving.current(monday).isPresent());
        assertEquals(1, misses.get(), "a shop beyond the limit loads on its first request, as before");
    }

    @Test
    void shopsBeyondTheMemoryBudgetAreLeftToTheirFirstRequestAndNothingLoadedIsPushedOut() {
        ShopId first = shopTrainedAt("first", MONDAY.plusSeconds(3));
        ShopId second = shopTrainedAt("second", MONDAY.plusSeconds(2));
        ShopId third = shopTrainedAt("third", MONDAY.plusSeconds(1));
        long oneModel = serving(cartwise.modelStore, 1L << 30).current(first).orElseThrow().bytes();
        ServingModels serving = serving(cartwise.modelStore, 2 * oneModel + oneModel / 2);

        WarmUpModels.Result result = new WarmUpModels(cartwise.modelStore, serving).execute(10);

        assertEquals(List.of(first, second), result.loaded());
        assertEquals(List.of(third), result.left());
        assertEquals(Set.of(first, second), Set.copyOf(serving.servedShops()));
    }

    @Test
    void aShopWhoseModelCannotBeLoadedIsReportedAndTheOthersAreStillLoaded() {
        ShopId broken = shopTrainedAt("broken", MONDAY.plusSeconds(2));
        ShopId fine = shopTrainedAt("fine", MONDAY.plusSeconds(1));
        ModelStore failingForOne = new ForwardingModelStore(cartwise.modelStore) {
            @Override
            public Optional<TrainedModel> latest(ShopId shop) {
                if (shop.equals(broken)) {
                    throw new IllegalStateException("payload damaged");
                }
                return super.latest(shop);
            }
        };

        WarmUpModels.Result result = new WarmUpModels(failingForOne, serving(failingForOne, 1L << 30)).execute(10);

        assertEquals(List.of(broken), result.failed());
        assertEquals(List.of(fine), result.loaded());
    }

    @Test
    void noShopsAreLoadedWhenNoneAreAskedFor() {
        shopTrainedAt("trained", MONDAY);
        ServingModels serving = serving(cartwise.modelStore, 1L << 30);

        WarmUpModels.Result result = new WarmUpModels(cartwise.modelStore, serving).execute(0);

        assertEquals(List.of(), result.loaded());
        assertEquals(List.of(), serving.servedShops());
        assertThrows(IllegalArgumentException.class, () -> new WarmUpModels(cartwise.modelStore, serving).execute(-1));
    }
}
