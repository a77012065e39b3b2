package com.cartwise.application.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.SkiShop;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.application.fakes.ManualClock;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServingModelsBudgetAndReplicasTest {

    @Test
    void aNegativeBudgetOrVersionCheckIsRefusedNamingItsSetting() {
        IllegalArgumentException budget = assertThrows(IllegalArgumentException.class, () -> new ServingModels.Settings(-1, Duration.ofSeconds(2)));
        IllegalArgumentException check = assertThrows(IllegalArgumentException.class, () -> new ServingModels.Settings(0, Duration.ofSeconds(-2)));

        assertEquals("cartwise.recommender.serving.memory-budget-bytes must be 0 (one model in memory at a time) or more, but was -1",
                budget.getMessage());
        assertEquals("cartwise.recommender.serving.version-check must not be negative, but was PT-2S", check.getMessage());
    }

    @Test
    void theLeastRecentlyUsedShopLeavesMemoryWhenTheBudgetIsFullAndComesBackOnDemand() {
        InMemoryCartwise cartwise = SkiShop.imported();
        ShopId a = SkiShop.trainedCopy(cartwise, "shop-a");
        ShopId b = SkiShop.trainedCopy(cartwise, "shop-b");
        ShopId c = SkiShop.trainedCopy(cartwise, "shop-c");
        long oneModel = new ServingModels(cartwise.modelStore, cartwise.catalog).current(a).orElseThrow().bytes();
        // room for two of the three (equal) models
        ServingModels models = new ServingModels(cartwise.modelStore, cartwise.catalog,
                new ServingModels.Settings(2 * oneModel + oneModel / 2, Duration.ofSeconds(2)), Clock.systemUTC(), Runnable::run);

        models.current(a);
        models.current(b);
        models.current(a);
        models.current(c);

        // b was used least recently
        assertEquals(List.of(a, c), models.servedShops().stream().sorted((x, y) -> x.value().compareTo(y.value())).toList());
        assertTrue(models.servedBytes() <= 2 * oneModel + oneModel / 2);
        assertEquals(3, models.current(b).orElseThrow().version() + 2, "b is loaded again on demand");
        assertEquals(2, models.servedShops().size());
    }

    @Test
    void aModelLargerThanTheBudgetIsStillServedAlone() {
        InMemoryCartwise cartwise = SkiShop.imported();
        ShopId a = SkiShop.trainedCopy(cartwise, "shop-a");
        ServingModels models = new ServingModels(cartwise.modelStore, cartwise.catalog, new ServingModels.Settings(1, Duration.ofSeconds(2)),
                Clock.systemUTC(), Runnable::run);

        assertTrue(models.current(a).isPresent());
        assertEquals(List.of(a), models.servedShops());
    }

    @Test
    void aReplicaServesAVersionTrainedElsewhereOnceItsCheckIsDue() {
        // two replicas over one store: the first trains a new version, the second still serves the old one
        InMemoryCartwise first = SkiShop.imported();
        first.trainRecommender.execute(new TrainRecommender.Command(SkiShop.ID, Optional.of("lift")));
        ManualClock clock = new ManualClock(SkiShop.NOW);
        ServingModels second = new ServingModels(first.modelStore, first.catalog,
                new ServingModels.Settings(1L << 30, Duration.ofSeconds(2)), clock, Runnable::run);
        assertEquals(1, second.current(SkiShop.ID).orElseThrow().version());

        first.trainRecommender.execute(new TrainRecommender.Command(SkiShop.ID, Optional.of("cosine")));
        clock.advance(Duration.ofSeconds(1));
        second.current(SkiShop.ID);
        long beforeDue = second.current(SkiShop.ID).orElseThrow().version();
        clock.advance(Duration.ofSeconds(2));
        second.current(SkiShop.ID);
        long afterDue = second.current(SkiShop.ID).orElseThrow().version();

        assertEquals(1, beforeDue);
        assertEquals(2, afterDue);
        assertEquals("cosine", second.current(SkiShop.ID).orElseThrow().metric());
    }
}
