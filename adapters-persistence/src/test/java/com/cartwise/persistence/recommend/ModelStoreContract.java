package com.cartwise.persistence.recommend;

import static com.cartwise.persistence.testing.Fixtures.newShop;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.recommend.CoOccurrenceModel;
import com.cartwise.domain.recommend.EvaluationReport;
import com.cartwise.domain.recommend.Metric;
import com.cartwise.domain.recommend.MetricEvaluation;
import com.cartwise.domain.recommend.ModelCodec;
import com.cartwise.domain.recommend.TrainedModel;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.testing.Ports;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@code ModelStore} does, the in-memory one and PostgreSQL's alike. */
abstract class ModelStoreContract {
    static final Instant TRAINED_AT = Instant.parse("2024-03-04T10:15:30.123456Z");

    protected abstract Ports ports();

    /** Counts of three orders: {a, b, c}, {a, b} and {c}. */
    static CoOccurrenceModel counts(long a, long b, long c) {
        Instant at = Instant.parse("2024-01-01T00:00:00Z");
        return CoOccurrenceModel.learn(List.of(new Basket(at, a, b, c), new Basket(at, a, b), new Basket(at, c)));
    }

    static EvaluationReport evaluation() {
        return new EvaluationReport(8, 2, List.of(
                new MetricEvaluation(Metric.CO_OCCURRENCE, 2, 2, 1),
                new MetricEvaluation(Metric.LIFT, 2, 2, 2),
                new MetricEvaluation(Metric.COSINE, 2, 2, 0)));
    }

    @Test
    void modelsRoundTripAndVersionsIncrease() {
        ShopId shop = newShop(ports().shops(), "EUR");
        CoOccurrenceModel first = counts(11, 12, 13);
        CoOccurrenceModel second = counts(21, 22, 23);

        TrainedModel v1 = ports().modelStore().save(shop, Metric.LIFT, TRAINED_AT, first, evaluation());
        TrainedModel v2 = ports().modelStore().save(shop, Metric.COSINE, TRAINED_AT.plusSeconds(60), second,
                new EvaluationReport(0, 0, List.of()));

        assertEquals(1, v1.version());
        assertEquals(2, v2.version());
        TrainedModel latest = ports().modelStore().latest(shop).orElseThrow();
        assertEquals(2, latest.version());
        assertEquals(shop, latest.shop());
        assertEquals(Metric.COSINE, latest.metric());
        assertEquals(TRAINED_AT.plusSeconds(60), latest.trainedAt());
        assertEquals(new EvaluationReport(0, 0, List.of()), latest.evaluation());
        assertArrayEquals(ModelCodec.encode(second), ModelCodec.encode(latest.counts()));
    }

    @Test
    void theEvaluationComesBackInItsOrder() {
        ShopId shop = newShop(ports().shops(), "EUR");

        ports().modelStore().save(shop, Metric.LIFT, TRAINED_AT, counts(1, 2, 3), evaluation());

        TrainedModel latest = ports().modelStore().latest(shop).orElseThrow();
        assertEquals(evaluation(), latest.evaluation());
        assertEquals(Metric.LIFT, latest.metric());
        assertEquals(TRAINED_AT, latest.trainedAt());
        assertEquals(3, latest.counts().orders());
        assertEquals(1, latest.counts().together(latest.counts().indexOf(1), latest.counts().indexOf(3)));
    }

    @Test
    void aShopWithoutModelsHasNoLatest() {
        ShopId shop = newShop(ports().shops(), "EUR");

        assertTrue(ports().modelStore().latest(shop).isEmpty());
    }

    @Test
    void queriesNeverSeeAnotherShopsRows() {
        ShopId montreal = newShop(ports().shops(), "CAD");
        ShopId berlin = newShop(ports().shops(), "EUR");
        ports().modelStore().save(montreal, Metric.LIFT, TRAINED_AT, counts(1, 2, 3), evaluation());
        ports().modelStore().save(montreal, Metric.LIFT, TRAINED_AT, counts(1, 2, 3), evaluation());

        TrainedModel berlinsFirst = ports().modelStore().save(berlin, Metric.COSINE, TRAINED_AT, counts(7, 8, 9),
                evaluation());

        assertEquals(1, berlinsFirst.version());
        assertEquals(Metric.COSINE, ports().modelStore().latest(berlin).orElseThrow().metric());
        assertEquals(2, ports().modelStore().latest(montreal).orElseThrow().version());
    }
}
