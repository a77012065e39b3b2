package com.cartwise.persistence.recommend;

import static com.cartwise.persistence.testing.Fixtures.newShop;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.port.ModelStore;
import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.orders.Baskets;
import com.cartwise.domain.recommend.codec.ModelCodec;
import com.cartwise.domain.recommend.evaluation.EvaluationReport;
import com.cartwise.domain.recommend.evaluation.PrimaryMeasure;
import com.cartwise.domain.recommend.learning.LearnedModel;
import com.cartwise.domain.recommend.learning.RecommenderTraining;
import com.cartwise.domain.recommend.serving.ModelReport;
import com.cartwise.domain.recommend.serving.TrainedModel;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.testing.Ports;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@code ModelStore} does, the in-memory one and PostgreSQL's alike. */
abstract class ModelStoreContract {
    static final Instant TRAINED_AT = Instant.parse("2024-03-04T10:15:30.123456Z");

    protected abstract Ports ports();

    /** Twelve orders over a, b, c, trained by the standard training (whose report has every kind of row). */
    static RecommenderTraining.Trained trained(long a, long b, long c, String scorer) {
        Instant at = Instant.parse("2024-01-01T00:00:00Z");
        List<Basket> orders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            orders.add(new Basket(at.plusSeconds(3 * i), a, b, c));
            orders.add(new Basket(at.plusSeconds(3 * i + 1), a, b));
            orders.add(new Basket(at.plusSeconds(3 * i + 2), c));
        }
        RecommenderTraining training = RecommenderTraining.standard();
        return training.train(Baskets.of(orders), Optional.of(training.scorer(scorer)));
    }

    static LearnedModel model(long a, long b, long c) {
        return trained(a, b, c, "lift").model();
    }

    static EvaluationReport evaluation() {
        return trained(1, 2, 3, "lift").report();
    }

    private ModelStore store() {
        return ports().modelStore();
    }

    @Test
    void modelsRoundTripAndVersionsIncrease() {
        ShopId shop = newShop(ports().shops(), "EUR");
        RecommenderTraining.Trained first = trained(11, 12, 13, "lift");
        RecommenderTraining.Trained second = trained(21, 22, 23, "rp3beta(alpha=1,beta=0.5)+recent");
        EvaluationReport empty = EvaluationReport.choosing(0, 0, PrimaryMeasure.DEFAULT, List.of());

        TrainedModel v1 = store().save(shop, TRAINED_AT, first.model(), first.report(), Optional.empty());
        TrainedModel v2 = store().save(shop, TRAINED_AT.plusSeconds(60), second.model(), empty, Optional.empty());

        assertEquals(1, v1.version());
        assertEquals(2, v2.version());
        TrainedModel latest = store().latest(shop).orElseThrow();
        assertEquals(2, latest.version());
        assertEquals(2, store().latestVersion(shop));
        assertEquals(shop, latest.shop());
        assertEquals("rp3beta(alpha=1,beta=0.5)+recent", latest.metric());
        assertEquals(TRAINED_AT.plusSeconds(60), latest.trainedAt());
        assertEquals(empty, latest.evaluation());
        assertEquals(Optional.empty(), latest.updateOf());
        assertArrayEquals(ModelCodec.encode(second.model()), ModelCodec.encode(latest.model()));
    }

    @Test
    void theEvaluationComesBackWholeAndInItsOrder() {
        ShopId shop = newShop(ports().shops(), "EUR");
        RecommenderTraining.Trained trained = trained(1, 2, 3, "lift");

        store().save(shop, TRAINED_AT, trained.model(), trained.report(), Optional.empty());

        TrainedModel latest = store().latest(shop).orElseThrow();
        assertEquals(trained.report(), latest.evaluation());
        assertEquals("lift", latest.metric());
        assertEquals(TRAINED_AT, latest.trainedAt());
        assertEquals(12, latest.orders());
        assertEquals(4, latest.model().counts().together(latest.model().counts().indexOf(1), latest.model().counts().indexOf(3)));
    }

    @Test
    void reportsListEveryVersionNewestFirstWithoutLoadingAModel() {
        ShopId shop = newShop(ports().shops(), "EUR");
        RecommenderTraining.Trained trained = trained(1, 2, 3, "lift");
        store().save(shop, TRAINED_AT, trained.model(), trained.report(), Optional.empty());
        store().save(shop, TRAINED_AT.plusSeconds(1), trained.model(), trained.report(), Optional.of(1L));

        List<ModelReport> reports = store().reports(shop, 10, java.util.OptionalLong.empty());

        assertEquals(List.of(2L, 1L), reports.stream().map(ModelReport::version).toList());
        assertEquals(List.of(2L), store().reports(shop, 1, java.util.OptionalLong.empty()).stream().map(ModelReport::version).toList());
        assertEquals(List.of(1L), store().reports(shop, 10, java.util.OptionalLong.of(2)).stream().map(ModelReport::version).toList());
        ModelReport newest = reports.getFirst();
        assertEquals(Optional.of(1L), newest.updateOf());
        assertEquals("lift", newest.metric());
        assertEquals(12, newest.orders());
        assertEquals(trained.model().bytes(), newest.sizeBytes());
        assertEquals(trained.report(), newest.evaluation());
        assertEquals(Optional.of(reports.get(1)), store().report(shop, 1));
        assertEquals(Optional.empty(), store().report(shop, 3));
    }

    @Test
    void anUpdateOfAVersionNoLongerTheNewestIsRefusedAndStoresNothing() {
        ShopId shop = newShop(ports().shops(), "EUR");
        LearnedModel model = model(1, 2, 3);
        store().save(shop, TRAINED_AT, model, evaluation(), Optional.empty());
        store().save(shop, TRAINED_AT, model, evaluation(), Optional.empty());

        assertThrows(ModelStore.StaleModelException.class, () -> store().save(shop, TRAINED_AT, model, evaluation(), Optional.of(1L)));
        assertEquals(2, store().latestVersion(shop));
    }

    @Test
    void aShopWithoutModelsHasNoLatestAndVersionZero() {
        ShopId shop = newShop(ports().shops(), "EUR");

        assertTrue(store().latest(shop).isEmpty());
        assertEquals(0, store().latestVersion(shop));
        assertEquals(List.of(), store().reports(shop, 100, java.util.OptionalLong.empty()));
    }

    @Test
    void newestModelsListEachShopsNewestVersionTheMostRecentlyTrainedFirst() {
        ShopId first = newShop(ports().shops(), "EUR");
        ShopId second = newShop(ports().shops(), "EUR");
        // Later than any other test's models, which may share the database.
        Instant at = Instant.parse("2999-01-01T00:00:00Z");
        store().save(first, at, model(1, 2, 3), evaluation(), Optional.empty());
        TrainedModel secondsOnly = store().save(second, at.plusSeconds(60), model(1, 2, 3), evaluation(), Optional.empty());
        TrainedModel firstsNewest = store().save(first, at.plusSeconds(120), trained(4, 5, 6, "cosine").model(), evaluation(),
                Optional.empty());

        List<ModelStore.NewestModel> newest = store().newestModels(2);

        assertEquals(List.of(new ModelStore.NewestModel(first, 2, at.plusSeconds(120), firstsNewest.model().bytes()),
                new ModelStore.NewestModel(second, 1, at.plusSeconds(60), secondsOnly.model().bytes())), newest);
        assertEquals(List.of(newest.getFirst()), store().newestModels(1));
    }

    @Test
    void newestModelsOfShopsComeInTheOrderAskedEachOnceLeavingOutShopsWithout() {
        ShopId older = newShop(ports().shops(), "EUR");
        ShopId newer = newShop(ports().shops(), "EUR");
        ShopId untrained = newShop(ports().shops(), "EUR");
        store().save(older, TRAINED_AT, model(1, 2, 3), evaluation(), Optional.empty());
        TrainedModel oldersNewest = store().save(older, TRAINED_AT.plusSeconds(60), trained(4, 5, 6, "cosine").model(), evaluation(),
                Optional.empty());
        TrainedModel newers = store().save(newer, TRAINED_AT.plusSeconds(120), model(1, 2, 3), evaluation(), Optional.empty());

        List<ModelStore.NewestModel> asked = store().newestModelsOf(List.of(older, untrained, newer, older));

        assertEquals(List.of(new ModelStore.NewestModel(older, 2, TRAINED_AT.plusSeconds(60), oldersNewest.model().bytes()),
                new ModelStore.NewestModel(newer, 1, TRAINED_AT.plusSeconds(120), newers.model().bytes())), asked);
        assertEquals(List.of(), store().newestModelsOf(List.of()));
        assertEquals(List.of(), store().newestModelsOf(List.of(untrained)));
    }

    @Test
    void queriesNeverSeeAnotherShopsRows() {
        ShopId montreal = newShop(ports().shops(), "CAD");
        ShopId berlin = newShop(ports().shops(), "EUR");
        store().save(montreal, TRAINED_AT, model(1, 2, 3), evaluation(), Optional.empty());
        store().save(montreal, TRAINED_AT, model(1, 2, 3), evaluation(), Optional.empty());

        TrainedModel berlinsFirst = store().save(berlin, TRAINED_AT, trained(7, 8, 9, "cosine").model(), evaluation(), Optional.empty());

        assertEquals(1, berlinsFirst.version());
        assertEquals("cosine", store().latest(berlin).orElseThrow().metric());
        assertEquals(2, store().latest(montreal).orElseThrow().version());
        assertEquals(1, store().reports(berlin, 100, java.util.OptionalLong.empty()).size());
    }
}
