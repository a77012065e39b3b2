package com.cartwise.application.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.SkiShop;
import com.cartwise.application.access.KeyHolder;
import com.cartwise.application.access.KeyMaker;
import com.cartwise.application.access.StoredKey;
import com.cartwise.application.fakes.ForwardingModelStore;
import com.cartwise.application.fakes.InMemoryApiKeys;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.application.port.ModelStore;
import com.cartwise.application.port.ServingMetrics;
import com.cartwise.domain.recommend.serving.TrainedModel;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A starting replica loads the models of the shops whose tills called last, then of the most
 * recently trained shops, within its memory budget, before any request.
 */
class WarmUpModelsTest {
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    private final InMemoryCartwise cartwise = SkiShop.imported();
    private final InMemoryApiKeys keys = new InMemoryApiKeys();
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

    /** A till key of the shop, last used at {@code usedAt}. */
    private void tillCalled(ShopId shop, Instant usedAt) {
        StoredKey key = new KeyMaker().make(new KeyHolder.OneShop(shop), "till", MONDAY).stored();
        keys.add(key);
        keys.touch(key.id(), usedAt);
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

        WarmUpModels.Result result = new WarmUpModels(cartwise.modelStore, keys, serving).execute(2);

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
    void theShopsWhoseTillsCalledLastAreLoadedBeforeMoreRecentlyTrainedOnes() {
        ShopId busy = shopTrainedAt("busy", MONDAY);
        ShopId quiet = shopTrainedAt("quiet", MONDAY.plus(Duration.ofDays(1)));
        ShopId noTills = shopTrainedAt("no-tills", MONDAY.plus(Duration.ofDays(2)));
        tillCalled(busy, MONDAY.plus(Duration.ofDays(3)));
        tillCalled(quiet, MONDAY.plusSeconds(60));

        assertEquals(List.of(busy, quiet), new WarmUpModels(cartwise.modelStore, keys, serving(cartwise.modelStore, 1L << 30))
                .execute(2).loaded());
        assertEquals(List.of(busy, quiet, noTills), new WarmUpModels(cartwise.modelStore, keys, serving(cartwise.modelStore, 1L << 30))
                .execute(3).loaded());
    }

    @Test
    void aShopWhoseTillsCallButThatHasNoModelLeavesItsPlaceToATrainedShop() {
        ShopId untrained = ShopId.of("untrained");
        cartwise.createShop.execute(new Shop(untrained, "untrained", Currency.getInstance("EUR")));
        ShopId tuesday = shopTrainedAt("tuesday", MONDAY.plus(Duration.ofDays(1)));
        ShopId monday = shopTrainedAt("monday", MONDAY);
        tillCalled(untrained, MONDAY.plus(Duration.ofDays(3)));

        WarmUpModels.Result result = new WarmUpModels(cartwise.modelStore, keys, serving(cartwise.modelStore, 1L << 30)).execute(2);

        assertEquals(List.of(tuesday, monday), result.loaded());
    }

    @Test
    void shopsBeyondTheMemoryBudgetAreLeftToTheirFirstRequestAndNothingLoadedIsPushedOut() {
        ShopId first = shopTrainedAt("first", MONDAY.plusSeconds(3));
        ShopId second = shopTrainedAt("second", MONDAY.plusSeconds(2));
        ShopId third = shopTrainedAt("third", MONDAY.plusSeconds(1));
        long oneModel = serving(cartwise.modelStore, 1L << 30).current(first).orElseThrow().bytes();
        ServingModels serving = serving(cartwise.modelStore, 2 * oneModel + oneModel / 2);

        WarmUpModels.Result result = new WarmUpModels(cartwise.modelStore, keys, serving).execute(10);

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

        WarmUpModels.Result result = new WarmUpModels(failingForOne, keys, serving(failingForOne, 1L << 30)).execute(10);

        assertEquals(List.of(broken), result.failed());
        assertEquals(List.of(fine), result.loaded());
    }

    @Test
    void noShopsAreLoadedWhenNoneAreAskedFor() {
        shopTrainedAt("trained", MONDAY);
        ServingModels serving = serving(cartwise.modelStore, 1L << 30);

        WarmUpModels.Result result = new WarmUpModels(cartwise.modelStore, keys, serving).execute(0);

        assertEquals(List.of(), result.loaded());
        assertEquals(List.of(), serving.servedShops());
        assertThrows(IllegalArgumentException.class, () -> new WarmUpModels(cartwise.modelStore, keys, serving).execute(-1));
    }
}
