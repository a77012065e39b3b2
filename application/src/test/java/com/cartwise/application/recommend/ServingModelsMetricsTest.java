package com.cartwise.application.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.application.SkiShop;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.application.port.ServingMetrics;
import com.cartwise.domain.recommend.serving.TrainedModel;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the model cache tells its metrics: hits, misses, and the models in memory whenever they change. */
class ServingModelsMetricsTest {
    private final InMemoryCartwise shop = SkiShop.imported();
    private final Recorded recorded = new Recorded();
    private final ServingModels models = new ServingModels(shop.modelStore, shop.catalog, ServingModels.Settings.DEFAULT,
            Clock.systemUTC(), Runnable::run, recorded);

    @Test
    void theFirstRequestMissesAndTheNextHitWhileTheServedModelIsReported() {
        shop.trainRecommender.execute(new TrainRecommender.Command(SkiShop.ID, Optional.of("lift")));
        TrainedModel stored = shop.modelStore.latest(SkiShop.ID).orElseThrow();

        models.loaded(SkiShop.ID);
        models.current(SkiShop.ID);
        models.current(SkiShop.ID);
        models.loaded(SkiShop.ID);

        assertEquals(1, recorded.misses);
        assertEquals(2, recorded.hits);
        ServingMetrics.Served served = recorded.last.getFirst();
        assertEquals(List.of(SkiShop.ID), recorded.last.stream().map(ServingMetrics.Served::shop).toList());
        assertEquals(stored.version(), served.version());
        assertEquals(stored.trainedAt(), served.trainedAt());
        assertEquals(models.servedBytes(), served.bytes());
    }

    @Test
    void anEvictedShopLeavesTheReportedModels() {
        shop.trainRecommender.execute(new TrainRecommender.Command(SkiShop.ID, Optional.of("lift")));
        models.current(SkiShop.ID);

        models.evict(SkiShop.ID);

        assertEquals(List.of(), recorded.last);
    }

    @Test
    void aShopWithoutAModelIsAMissEachTime() {
        models.current(ShopId.of("no-model"));
        models.current(ShopId.of("no-model"));

        assertEquals(2, recorded.misses);
        assertEquals(0, recorded.hits);
    }

    private static final class Recorded implements ServingMetrics {
        int hits;
        int misses;
        List<Served> last = new ArrayList<>();

        @Override
        public void hit() {
            hits++;
        }

        @Override
        public void miss() {
            misses++;
        }

        @Override
        public void servedChanged(List<Served> served) {
            last = served;
        }
    }
}
