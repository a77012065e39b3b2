package com.cartwise.domain.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cartwise.domain.orders.Basket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OfflineEvaluationTest {
    private static final long A = 10;
    private static final long X = 20;
    private static final long Y = 30;
    private static final long Z = 40;
    private static final double EXACT = 1e-12;

    private static final Instant DAY_1 = Instant.parse("2024-01-01T00:00:00Z");

    private static Basket day(int day, long... variantIds) {
        return new Basket(DAY_1.plusSeconds(86_400L * (day - 1)), variantIds);
    }

    /**
     * Ten orders, oldest first. floor(10 * 0.8) = 8 train, 2 validate.
     * <pre>
     * training:   {A,X} {A,X} {A,Y} {A,Y} {A,Z} {X,Y} {X} {X}
     *             count A=5 X=5 Y=3 Z=1, N=8; co(A,X)=2 co(A,Y)=2 co(A,Z)=1 co(X,Y)=1
     * validation: {A,Z}: cart [A], Z held out.  Candidates of A (countA = 5), top K=2:
     *               co_occurrence X=2, Y=2, Z=1                        -> X, Y (tie: lower id) miss
     *               cosine        X=2/sqrt(25)=0.400 Y=2/sqrt(15)=0.516 Z=1/sqrt(5)=0.447 -> Y, Z  hit
     *               confidence    X=2/5=0.4 Y=0.4 Z=1/5=0.2            -> X, Y  miss
     *               lift          X=2*8/25=0.64 Y=16/15=1.067 Z=8/5=1.6 -> Z, Y  hit
     *             {X,Y}: cart [X], Y held out. X's only neighbours are A and Y, so every metric hits.
     * hit rate:   co 1/2, cosine 2/2, confidence 1/2, lift 2/2
     * </pre>
     */
    private static List<Basket> tenOrders(Basket firstValidation) {
        return List.of(
                day(1, A, X), day(2, A, X), day(3, A, Y), day(4, A, Y), day(5, A, Z), day(6, X, Y), day(7, X), day(8, X),
                firstValidation, day(10, X, Y));
    }

    private static Map<Metric, MetricEvaluation> byMetric(EvaluationReport report) {
        return report.results().stream().collect(Collectors.toMap(MetricEvaluation::metric, Function.identity()));
    }

    @Test
    void trainsOnTheOldestEightyPercentAndValidatesOnTheRest() {
        EvaluationReport report = OfflineEvaluation.standard().evaluate(tenOrders(day(9, A, Z)));

        assertEquals(8, report.trainingOrders());
        assertEquals(2, report.validationOrders());
        assertEquals(2, report.cases());
    }

    @Test
    void measuresEveryMetricOnTheHeldOutItems() {
        Map<Metric, MetricEvaluation> results = byMetric(OfflineEvaluation.standard().evaluate(tenOrders(day(9, A, Z))));

        assertEquals(4, results.size());
        for (MetricEvaluation r : results.values()) {
            assertEquals(2, r.k());
            assertEquals(2, r.cases());
        }
        assertEquals(1, results.get(Metric.CO_OCCURRENCE).hits());
        assertEquals(2, results.get(Metric.COSINE).hits());
        assertEquals(1, results.get(Metric.CONFIDENCE).hits());
        assertEquals(2, results.get(Metric.LIFT).hits());
        // HitRate@2 = hits / cases; Precision@2 = hits / (cases * 2); Recall@2 = HitRate@2 (one held-out item)
        assertEquals(0.5, results.get(Metric.CO_OCCURRENCE).hitRate(), EXACT);
        assertEquals(0.25, results.get(Metric.CO_OCCURRENCE).precision(), EXACT);
        assertEquals(0.5, results.get(Metric.CO_OCCURRENCE).recall(), EXACT);
        assertEquals(1.0, results.get(Metric.COSINE).hitRate(), EXACT);
        assertEquals(0.5, results.get(Metric.COSINE).precision(), EXACT);
        assertEquals(1.0, results.get(Metric.COSINE).recall(), EXACT);
    }

    @Test
    void choosesTheBestHitRateAndOnATieTheMetricListedFirst() {
        // cosine and lift both hit 2 of 2; cosine comes first in Metric
        assertEquals(Metric.COSINE, OfflineEvaluation.standard().evaluate(tenOrders(day(9, A, Z))).bestMetric());
    }

    @Test
    void holdsOutTheLastItemOfTheOrder() {
        // the same order with its lines the other way round: cart [Z], A held out; Z's only neighbour is A,
        // so every metric hits both cases and the tie goes to co_occurrence
        EvaluationReport report = OfflineEvaluation.standard().evaluate(tenOrders(day(9, Z, A)));

        for (MetricEvaluation r : report.results()) {
            assertEquals(2, r.hits(), r.metric().wireName());
        }
        assertEquals(Metric.CO_OCCURRENCE, report.bestMetric());
    }

    @Test
    void neverLearnsFromTheOrdersItValidatesOn() {
        // floor(5 * 0.8) = 4 train {1,2} x4; validate {3,4}: 3 and 4 are unknown to the trained model, so a
        // case without a hit. Had the validation order leaked into training, 4 would be 3's only neighbour.
        List<Basket> baskets = List.of(day(1, 1, 2), day(2, 1, 2), day(3, 1, 2), day(4, 1, 2), day(5, 3, 4));

        EvaluationReport report = OfflineEvaluation.standard().evaluate(baskets);

        assertEquals(4, report.trainingOrders());
        assertEquals(1, report.validationOrders());
        for (MetricEvaluation r : report.results()) {
            assertEquals(1, r.cases());
            assertEquals(0, r.hits());
        }
    }

    @Test
    void splitsByPositionInTheGivenOldestFirstOrder() {
        // the split takes the list as oldest first: the same five baskets with the odd one first are all training
        // but one {1,2}: cart [1], 2 held out -> hit for every metric
        List<Basket> baskets = List.of(day(1, 3, 4), day(2, 1, 2), day(3, 1, 2), day(4, 1, 2), day(5, 1, 2));

        EvaluationReport report = OfflineEvaluation.standard().evaluate(baskets);

        for (MetricEvaluation r : report.results()) {
            assertEquals(1, r.cases());
            assertEquals(1, r.hits());
        }
    }

    @Test
    void roundsTheTrainingShareDown() {
        // 4 orders: floor(4 * 0.8) = floor(3.2) = 3 train, 1 validate; 1 order: floor(0.8) = 0 train, 1 validate
        List<Basket> four = List.of(day(1, 1, 2), day(2, 1, 2), day(3, 1, 2), day(4, 1, 2));

        EvaluationReport ofFour = OfflineEvaluation.standard().evaluate(four);
        EvaluationReport ofOne = OfflineEvaluation.standard().evaluate(List.of(day(1, 1, 2)));

        assertEquals(3, ofFour.trainingOrders());
        assertEquals(1, ofFour.validationOrders());
        assertEquals(0, ofOne.trainingOrders());
        assertEquals(1, ofOne.validationOrders());
        assertEquals(1, ofOne.cases());
        assertEquals(0, ofOne.results().getFirst().hits());
    }

    @Test
    void singleItemValidationOrdersAreNoCases() {
        // 8 train, 2 validate, both single-item: nothing to hold out, nothing to judge by
        List<Basket> baskets = new ArrayList<>(tenOrders(day(9, A)).subList(0, 9));
        baskets.add(day(10, Y));

        EvaluationReport report = OfflineEvaluation.standard().evaluate(baskets);

        assertEquals(2, report.validationOrders());
        assertEquals(0, report.cases());
        assertEquals(Metric.CO_OCCURRENCE, report.bestMetric());
    }

    @Test
    void aValidationOrderWhoseCartOrTargetIsUnknownIsACaseWithoutAHit() {
        // 8 train as in tenOrders; validate {A,99} (target unknown) and {99,A} (cart unknown): 2 cases, 0 hits
        List<Basket> baskets = new ArrayList<>(tenOrders(day(9, A, 99)).subList(0, 9));
        baskets.add(day(10, 99, A));

        EvaluationReport report = OfflineEvaluation.standard().evaluate(baskets);

        for (MetricEvaluation r : report.results()) {
            assertEquals(2, r.cases());
            assertEquals(0, r.hits());
            assertEquals(0.0, r.hitRate(), EXACT);
        }
    }

    @Test
    void aLargerKFindsMore() {
        // K = 3 on tenOrders: cart [A] has exactly 3 neighbours X, Y, Z, so every metric hits both cases
        EvaluationReport report = new OfflineEvaluation(3, 0.8).evaluate(tenOrders(day(9, A, Z)));

        for (MetricEvaluation r : report.results()) {
            assertEquals(3, r.k());
            assertEquals(2, r.hits(), r.metric().wireName());
            // Precision@3 = 2 / (2 * 3)
            assertEquals(1.0 / 3.0, r.precision(), EXACT);
        }
    }

    @Test
    void noOrdersAtAllGiveAnEmptyReportThatFallsBackToCoOccurrence() {
        EvaluationReport report = OfflineEvaluation.standard().evaluate(List.of());

        assertEquals(0, report.trainingOrders());
        assertEquals(0, report.validationOrders());
        assertEquals(0, report.cases());
        assertEquals(Metric.CO_OCCURRENCE, report.bestMetric());
    }

    @Test
    void rejectsAKBelowOneAndATrainingShareOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> new OfflineEvaluation(0, 0.8));
        assertThrows(IllegalArgumentException.class, () -> new OfflineEvaluation(2, 0.0));
        assertThrows(IllegalArgumentException.class, () -> new OfflineEvaluation(2, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new OfflineEvaluation(2, Double.NaN));
    }
}
