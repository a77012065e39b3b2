package com.cartwise.application.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.SkiShop;
import com.cartwise.application.fakes.ForwardingModelStore;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.application.port.Catalog;
import com.cartwise.application.port.ModelStore;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.orders.Baskets;
import com.cartwise.domain.recommend.serving.ProductReference;
import com.cartwise.domain.recommend.serving.ServingModel;
import com.cartwise.domain.recommend.serving.TrainedModel;
import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ServingModelsTest {
    private static final VariantKey WAX = new VariantKey.BySku("WAX");

    /** The SkiShop with a LIFT model stored as version 1, and a store that counts how often it is asked. */
    private final InMemoryCartwise shop = SkiShop.imported();
    private final AtomicInteger loads = new AtomicInteger();
    private final AtomicInteger versionChecks = new AtomicInteger();
    private final AtomicInteger catalogueReads = new AtomicInteger();
    private final ModelStore countingStore = new ForwardingModelStore(shop.modelStore) {
        @Override
        public Optional<TrainedModel> latest(ShopId s) {
            loads.incrementAndGet();
            return super.latest(s);
        }

        @Override
        public long latestVersion(ShopId s) {
            versionChecks.incrementAndGet();
            return super.latestVersion(s);
        }
    };

    private TrainedModel trainByLift() {
        shop.trainRecommender.execute(new TrainRecommender.Command(SkiShop.ID, Optional.of("lift")));
        return shop.modelStore.latest(SkiShop.ID).orElseThrow();
    }

    private static List<String> names(ServingModel serving) {
        return serving.recommend(List.of(WAX), 5).items().stream().map(r -> r.variant().lineName()).toList();
    }

    @Test
    void loadsAShopsModelFromTheStoreOnceThenServesItFromMemory() {
        TrainedModel stored = trainByLift();
        ServingModels models = new ServingModels(countingStore, shop.catalog);

        ServingModel first = models.current(SkiShop.ID).orElseThrow();
        ServingModel second = models.current(SkiShop.ID).orElseThrow();

        assertSame(stored, first.model());
        assertSame(first, second);
        assertEquals(1, loads.get());
    }

    @Test
    void requestsArrivingWhileAShopsModelLoadsWaitForThatOneLoad() throws Exception {
        trainByLift();
        CountDownLatch loadStarted = new CountDownLatch(1);
        CountDownLatch storeAnswers = new CountDownLatch(1);
        ModelStore slowStore = new SlowStore(countingStore, loadStarted, storeAnswers);
        ServingModels models = new ServingModels(slowStore, shop.catalog);
        ExecutorService tills = Executors.newFixedThreadPool(8);
        try {
            List<Future<ServingModel>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(tills.submit(() -> models.current(SkiShop.ID).orElseThrow()));
            }
            assertTrue(loadStarted.await(10, TimeUnit.SECONDS));
            Thread.sleep(200); // the other requests arrive while the store is slow

            storeAnswers.countDown();

            ServingModel first = answers.getFirst().get(10, TimeUnit.SECONDS);
            for (Future<ServingModel> answer : answers) {
                assertSame(first, answer.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, loads.get());
        } finally {
            tills.shutdownNow();
        }
    }

    @Test
    void aLoadThatFailsFailsTheRequestsWaitingForItAndTheNextRequestLoadsAgain() throws Exception {
        trainByLift();
        CountDownLatch loadStarted = new CountDownLatch(1);
        CountDownLatch storeAnswers = new CountDownLatch(1);
        AtomicInteger attempts = new AtomicInteger();
        ModelStore failingOnce = new SlowStore(countingStore, loadStarted, storeAnswers) {
            @Override
            public Optional<TrainedModel> latest(ShopId s) {
                Optional<TrainedModel> model = super.latest(s);
                if (attempts.incrementAndGet() == 1) {
                    throw new IllegalStateException("the database went away");
                }
                return model;
            }
        };
        ServingModels models = new ServingModels(failingOnce, shop.catalog);
        ExecutorService tills = Executors.newFixedThreadPool(2);
        try {
            Future<?> loading = tills.submit(() -> models.current(SkiShop.ID));
            assertTrue(loadStarted.await(10, TimeUnit.SECONDS));
            Future<?> waiting = tills.submit(() -> models.current(SkiShop.ID));
            Thread.sleep(200);

            storeAnswers.countDown();

            assertEquals("the database went away", assertThrows(ExecutionException.class, () -> loading.get(10, TimeUnit.SECONDS))
                    .getCause().getMessage());
            try {
                waiting.get(10, TimeUnit.SECONDS); // came after the failed load, and loaded
            } catch (ExecutionException waitedForTheFailedLoad) {
                assertEquals("the database went away", waitedForTheFailedLoad.getCause().getMessage());
            }
            assertTrue(models.current(SkiShop.ID).isPresent());
        } finally {
            tills.shutdownNow();
        }
    }

    /** A store whose loads wait until the test lets them answer, as a slow database would. */
    private static class SlowStore extends ForwardingModelStore {
        private final CountDownLatch loadStarted;
        private final CountDownLatch answers;

        SlowStore(ModelStore store, CountDownLatch loadStarted, CountDownLatch answers) {
            super(store);
            this.loadStarted = loadStarted;
            this.answers = answers;
        }

        @Override
        public Optional<TrainedModel> latest(ShopId s) {
            loadStarted.countDown();
            try {
                answers.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return super.latest(s);
        }
    }

    @Test
    void aShopWithoutAModelIsAskedForEveryTimeAndNeverCached() {
        ServingModels models = new ServingModels(countingStore, shop.catalog);

        assertEquals(Optional.empty(), models.current(ShopId.of("made-up")));
        assertEquals(Optional.empty(), models.current(ShopId.of("made-up")));

        assertEquals(2, loads.get());
    }

    @Test
    void anEvictedModelIsLoadedAgainWithTheCurrentCatalogue() {
        trainByLift();
        ServingModels models = new ServingModels(countingStore, shop.catalog);
        ServingModel before = models.current(SkiShop.ID).orElseThrow();
        shop.importCatalog.execute(SkiShop.ID, List.of(SkiShop.glovesL(Stock.tracked(4))).iterator());

        models.evict(SkiShop.ID);
        ServingModel after = models.current(SkiShop.ID).orElseThrow();

        assertNotSame(before, after);
        assertEquals(2, loads.get());
        // cart [WAX] by lift: Ski Gloves - L (1.4) is back beside Beanie (1.4)
        assertEquals(List.of("Beanie", "Goggles", "Boot Bag", "Ski Gloves - M"), names(before));
        assertEquals(List.of("Beanie", "Ski Gloves - L", "Goggles", "Boot Bag", "Ski Gloves - M"), names(after));
    }

    @Test
    void aNewerModelReplacesTheServedOneButAnOlderOneArrivingLateDoesNot() {
        TrainedModel v1 = trainByLift();
        shop.trainRecommender.execute(new TrainRecommender.Command(SkiShop.ID, Optional.of("cosine")));
        TrainedModel v2 = shop.modelStore.latest(SkiShop.ID).orElseThrow();
        ServingModels models = new ServingModels(countingStore, shop.catalog);

        models.put(v1);
        assertSame(v1, models.current(SkiShop.ID).orElseThrow().model());
        models.put(v2);
        assertSame(v2, models.current(SkiShop.ID).orElseThrow().model());
        models.put(v1);
        assertSame(v2, models.current(SkiShop.ID).orElseThrow().model());
        assertEquals(0, loads.get());
    }

    @Test
    void aCatalogueImportDuringALoadIsNotHiddenByTheLoadedModel() {
        trainByLift();
        ServingModels[] models = new ServingModels[1];
        // reads the catalogue as it was, then, before the load finishes, an import commits and evicts
        Catalog racingImport = new Catalog() {
            private boolean raced;

            @Override
            public List<Variant> variantsWithSkus(ShopId s, Collection<String> skus) {
                return shop.catalog.variantsWithSkus(s, skus);
            }

            @Override
            public List<Variant> variants(ShopId s, Collection<Long> variantIds) {
                List<Variant> asRead = shop.catalog.variants(s, variantIds);
                if (!raced) {
                    raced = true;
                    shop.importCatalog.execute(s, List.of(SkiShop.glovesL(Stock.tracked(4))).iterator());
                    models[0].evict(s);
                }
                return asRead;
            }

            @Override
            public boolean has(ShopId s, ProductReference product) {
                return shop.catalog.has(s, product);
            }
        };
        models[0] = new ServingModels(countingStore, racingImport);

        models[0].current(SkiShop.ID);

        assertEquals(List.of("Beanie", "Ski Gloves - L", "Goggles", "Boot Bag", "Ski Gloves - M"),
                names(models[0].current(SkiShop.ID).orElseThrow()));
    }

    /** The served model's next version, counting three more orders of Beanie with Boot Bag (variants it knows). */
    private TrainedModel updateOf(ServingModel base) {
        long beanie = idOf("BEA");
        long bag = idOf("BAG");
        Instant later = SkiShop.NOW.plusSeconds(3_600);
        Baskets added = Baskets.builder().add(later, new long[] {beanie, bag}).add(later, new long[] {beanie, bag})
                .add(later, new long[] {bag, beanie}).build();
        return shop.modelStore.save(SkiShop.ID, later, base.model().model().plus(added), base.model().evaluation(),
                Optional.of(base.version()));
    }

    private long idOf(String sku) {
        return shop.catalog.all(SkiShop.ID).stream().filter(v -> v.sku().equals(sku)).mapToLong(Variant::id).findFirst().orElseThrow();
    }

    /** The shop trained by lift and its model served, counting in {@link #catalogueReads} how often its variants are read. */
    private ServingModels servedCountingCatalogueReads() {
        trainByLift();
        return new ServingModels(countingStore, countingReads(catalogueReads));
    }

    /** The shop's catalogue, counting how often a model's variants are read from it. */
    private Catalog countingReads(AtomicInteger reads) {
        return new Catalog() {
            @Override
            public List<Variant> variantsWithSkus(ShopId s, Collection<String> skus) {
                return shop.catalog.variantsWithSkus(s, skus);
            }

            @Override
            public List<Variant> variants(ShopId s, Collection<Long> variantIds) {
                reads.incrementAndGet();
                return shop.catalog.variants(s, variantIds);
            }

            @Override
            public boolean has(ShopId s, ProductReference product) {
                return shop.catalog.has(s, product);
            }
        };
    }

    @Test
    void anUpdateOverTheSameVariantsIsServedOverTheSameCatalogueWithoutReadingItAgain() {
        ServingModels models = servedCountingCatalogueReads();
        ServingModel base = models.current(SkiShop.ID).orElseThrow();
        TrainedModel next = updateOf(base);

        models.putUpdate(base, next);

        ServingModel served = models.current(SkiShop.ID).orElseThrow();
        assertSame(next, served.model());
        assertEquals(1, catalogueReads.get(), "the catalogue was read for the first load only");
        ServingModels readingAgain = new ServingModels(countingStore, shop.catalog);
        readingAgain.put(next);
        assertEquals(names(readingAgain.current(SkiShop.ID).orElseThrow()), names(served));
        assertEquals(served.bytes(), readingAgain.current(SkiShop.ID).orElseThrow().bytes());
    }

    @Test
    void aRetrainedModelOfAServedShopIsServedOverTheSameCatalogueWithoutReadingItAgain() {
        ServingModels models = servedCountingCatalogueReads();
        ServingModel before = models.current(SkiShop.ID).orElseThrow();
        shop.trainRecommender.execute(new TrainRecommender.Command(SkiShop.ID, Optional.of("cosine")));
        TrainedModel retrained = shop.modelStore.latest(SkiShop.ID).orElseThrow();

        models.putTrained(retrained);

        ServingModel served = models.current(SkiShop.ID).orElseThrow();
        assertSame(retrained, served.model());
        assertNotSame(before, served);
        assertEquals(1, catalogueReads.get(), "the catalogue was read for the first load only");
        ServingModels readingAgain = new ServingModels(countingStore, shop.catalog);
        readingAgain.put(retrained);
        assertEquals(names(readingAgain.current(SkiShop.ID).orElseThrow()), names(served));
    }

    @Test
    void aTrainedModelOfAShopNotServedYetReadsTheCatalogue() {
        ServingModels models = servedCountingCatalogueReads();
        TrainedModel stored = shop.modelStore.latest(SkiShop.ID).orElseThrow();

        models.putTrained(stored);

        assertSame(stored, models.current(SkiShop.ID).orElseThrow().model());
        assertEquals(1, catalogueReads.get());
        assertEquals(0, loads.get());
    }

    @Test
    void aRetrainedModelOfAShopWhoseCatalogueChangedReadsItAsItIsNow() {
        ServingModels models = servedCountingCatalogueReads();
        models.current(SkiShop.ID).orElseThrow();
        shop.importCatalog.execute(SkiShop.ID, List.of(SkiShop.glovesL(Stock.tracked(4))).iterator());
        models.evict(SkiShop.ID);
        shop.trainRecommender.execute(new TrainRecommender.Command(SkiShop.ID, Optional.of("lift")));
        TrainedModel retrained = shop.modelStore.latest(SkiShop.ID).orElseThrow();

        models.putTrained(retrained);

        assertSame(retrained, models.current(SkiShop.ID).orElseThrow().model());
        assertEquals(2, catalogueReads.get());
        assertTrue(names(models.current(SkiShop.ID).orElseThrow()).contains("Ski Gloves - L"), "back in stock");
    }

    @Test
    void anUpdateOfAModelEvictedMeanwhileReadsTheCatalogueAsItIsNow() {
        ServingModels models = servedCountingCatalogueReads();
        ServingModel base = models.current(SkiShop.ID).orElseThrow();
        TrainedModel next = updateOf(base);
        shop.importCatalog.execute(SkiShop.ID, List.of(SkiShop.glovesL(Stock.tracked(4))).iterator());
        models.evict(SkiShop.ID);

        models.putUpdate(base, next);

        assertSame(next, models.current(SkiShop.ID).orElseThrow().model());
        assertEquals(2, catalogueReads.get());
        assertTrue(names(models.current(SkiShop.ID).orElseThrow()).contains("Ski Gloves - L"), "back in stock");
    }

    @Test
    void anUpdateOfAModelNoLongerServedDoesNotReplaceTheNewerOne() {
        trainByLift();
        ServingModels models = new ServingModels(countingStore, shop.catalog);
        ServingModel base = models.current(SkiShop.ID).orElseThrow();
        TrainedModel next = updateOf(base);
        shop.trainRecommender.execute(new TrainRecommender.Command(SkiShop.ID, Optional.of("cosine")));
        TrainedModel newer = shop.modelStore.latest(SkiShop.ID).orElseThrow();
        models.put(newer);

        models.putUpdate(base, next);

        assertSame(newer, models.current(SkiShop.ID).orElseThrow().model());
    }
}
