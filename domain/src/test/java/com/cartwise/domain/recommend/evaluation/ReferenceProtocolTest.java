package com.cartwise.domain.recommend.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.orders.Baskets;
import com.cartwise.domain.recommend.Metric;
import com.cartwise.domain.recommend.learning.RecommenderTraining;
import com.cartwise.domain.recommend.learning.Tunables;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The reference POS recommender's protocol, kept exactly: the oldest 80% of orders train, each
 * later order with two or more items holds out its last item, and the four reference metrics
 * rank every variant they know for the rest. These are the expectations the reference's own
 * evaluation had; they hold for the reference rows of every report.
 */
class ReferenceProtocolTest {
    private static final long A = 10;
    private static final long X = 20;
    private static final long Y = 30;
    private static final long Z = 40;
    private static final double EXACT = 1e-12;
    private static final Instant DAY_1 = Instant.parse("2024-01-01T00:00:00Z");

    private static Basket day(int day, long... variantIds) {
        return new Basket(DAY_1.plusSeconds(86_400L * (day - 1)), variantIds);
    }

    static EvaluationReport evaluate(List<Basket> baskets) {
        return RecommenderTraining.standard().evaluate(Baskets.of(baskets));
    }

    static EvaluationReport evaluate(List<Basket> baskets, int k) {
        EvaluationSettings settings = new EvaluationSettings(0.8, List.of(k), new PrimaryMeasure(Protocol.LAST_ITEM, Measure.HIT_RATE, k),
                EvaluationSettings.DEFAULT_MAX_CASES);
        return new RecommenderTraining(Tunables.DEFAULT, settings).evaluate(Baskets.of(baskets));
    }

    static ProtocolResult reference(EvaluationReport report, Metric metric) {
        return report.result(metric.wireName(), Role.REFERENCE).orElseThrow().result(Protocol.LAST_ITEM);
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
    static List<Basket> tenOrders(Basket firstValidation) {
        return List.of(
                day(1, A, X), day(2, A, X), day(3, A, Y), day(4, A, Y), day(5, A, Z), day(6, X, Y), day(7, X), day(8, X),
                firstValidation, day(10, X, Y));
    }

    @Test
    void trainsOnTheOldestEightyPercentAndValidatesOnTheRest() {
        EvaluationReport report = evaluate(tenOrders(day(9, A, Z)));

        assertEquals(8, report.trainingOrders());
        assertEquals(2, report.validationOrders());
        assertEquals(2, report.cases(Protocol.LAST_ITEM));
    }

    @Test
    void measuresEveryReferenceMetricOnTheHeldOutItems() {
        EvaluationReport report = evaluate(tenOrders(day(9, A, Z)));

        assertEquals(4, report.withRole(Role.REFERENCE).size());
        assertEquals(1, reference(report, Metric.CO_OCCURRENCE).hits(2));
        assertEquals(2, reference(report, Metric.COSINE).hits(2));
        assertEquals(1, reference(report, Metric.CONFIDENCE).hits(2));
        assertEquals(2, reference(report, Metric.LIFT).hits(2));
        // HitRate@2 = hits / cases; Precision@2 = hits / (cases * 2); Recall@2 = HitRate@2 (one held-out item)
        ProtocolResult co = reference(report, Metric.CO_OCCURRENCE);
        assertEquals(2, co.cases());
        assertEquals(0.5, co.value(Measure.HIT_RATE, 2), EXACT);
        assertEquals(0.25, co.value(Measure.PRECISION, 2), EXACT);
        assertEquals(0.5, co.value(Measure.RECALL, 2), EXACT);
        ProtocolResult cosine = reference(report, Metric.COSINE);
        assertEquals(1.0, cosine.value(Measure.HIT_RATE, 2), EXACT);
        assertEquals(0.5, cosine.value(Measure.PRECISION, 2), EXACT);
        assertEquals(1.0, cosine.value(Measure.RECALL, 2), EXACT);
    }

    @Test
    void theReferenceIsMeasuredUnderItsOwnLastItemProtocolOnly() {
        EvaluationReport report = evaluate(tenOrders(day(9, A, Z)));

        for (ScorerResult r : report.withRole(Role.REFERENCE)) {
            assertFalse(r.has(Protocol.EACH_ITEM), r.name());
        }
    }

    @Test
    void holdsOutTheLastItemOfTheOrder() {
        // the same order with its lines the other way round: cart [Z], A held out; Z's only neighbour is A
        EvaluationReport report = evaluate(tenOrders(day(9, Z, A)));

        for (Metric m : Metric.values()) {
            assertEquals(2, reference(report, m).hits(2), m.wireName());
        }
    }

    @Test
    void neverLearnsFromTheOrdersItValidatesOn() {
        // floor(5 * 0.8) = 4 train {1,2} x4; validate {3,4}: 3 and 4 are unknown to the trained model, so a
        // case without a hit. Had the validation order leaked into training, 4 would be 3's only neighbour.
        EvaluationReport report = evaluate(List.of(day(1, 1, 2), day(2, 1, 2), day(3, 1, 2), day(4, 1, 2), day(5, 3, 4)));

        assertEquals(4, report.trainingOrders());
        assertEquals(1, report.validationOrders());
        for (Metric m : Metric.values()) {
            assertEquals(1, reference(report, m).cases());
            assertEquals(0, reference(report, m).hits(2));
        }
    }

    @Test
    void splitsByPositionInTheGivenOldestFirstOrder() {
        // the odd order first: it trains; the last {1,2} validates: cart [1], 2 held out -> hit for every metric
        EvaluationReport report = evaluate(List.of(day(1, 3, 4), day(2, 1, 2), day(3, 1, 2), day(4, 1, 2), day(5, 1, 2)));

        for (Metric m : Metric.values()) {
            assertEquals(1, reference(report, m).cases());
            assertEquals(1, reference(report, m).hits(2));
        }
    }

    @Test
    void sortsOrdersByTimeKeepingTheOrderOfOrdersPlacedAtOneInstant() {
        // given newest first: sorted, {3,4} (day 1) trains and {1,2} (day 5) validates, as above
        List<Basket> newestFirst = new ArrayList<>(List.of(day(1, 3, 4), day(2, 1, 2), day(3, 1, 2), day(4, 1, 2), day(5, 1, 2)));
        java.util.Collections.reverse(newestFirst);

        EvaluationReport report = evaluate(newestFirst);

        assertEquals(1, reference(report, Metric.LIFT).hits(2));
    }

    @Test
    void roundsTheTrainingShareDown() {
        // 4 orders: floor(4 * 0.8) = floor(3.2) = 3 train, 1 validate; 1 order: floor(0.8) = 0 train, 1 validate
        EvaluationReport ofFour = evaluate(List.of(day(1, 1, 2), day(2, 1, 2), day(3, 1, 2), day(4, 1, 2)));
        EvaluationReport ofOne = evaluate(List.of(day(1, 1, 2)));

        assertEquals(3, ofFour.trainingOrders());
        assertEquals(1, ofFour.validationOrders());
        assertEquals(0, ofOne.trainingOrders());
        assertEquals(1, ofOne.validationOrders());
        assertEquals(1, ofOne.cases(Protocol.LAST_ITEM));
        assertEquals(0, reference(ofOne, Metric.CO_OCCURRENCE).hits(2));
    }

    @Test
    void singleItemValidationOrdersAreNoCasesAndTheSimplestCandidateIsKept() {
        List<Basket> baskets = new ArrayList<>(tenOrders(day(9, A)).subList(0, 9));
        baskets.add(day(10, Y));

        EvaluationReport report = evaluate(baskets);

        assertEquals(2, report.validationOrders());
        assertEquals(0, report.cases(Protocol.LAST_ITEM));
        assertEquals(0, report.cases(Protocol.EACH_ITEM));
        assertEquals(Optional.of("co_occurrence"), report.chosen());
    }

    @Test
    void aValidationOrderWhoseCartOrTargetIsUnknownIsACaseWithoutAHit() {
        // 8 train as in tenOrders; validate {A,99} (target unknown) and {99,A} (cart unknown): 2 cases, 0 hits
        List<Basket> baskets = new ArrayList<>(tenOrders(day(9, A, 99)).subList(0, 9));
        baskets.add(day(10, 99, A));

        EvaluationReport report = evaluate(baskets);

        for (Metric m : Metric.values()) {
            assertEquals(2, reference(report, m).cases());
            assertEquals(0, reference(report, m).hits(2));
            assertEquals(0.0, reference(report, m).value(Measure.HIT_RATE, 2), EXACT);
        }
    }

    @Test
    void aLargerKFindsMore() {
        // K = 3: cart [A] has exactly 3 neighbours X, Y, Z, so every metric hits both cases
        EvaluationReport report = evaluate(tenOrders(day(9, A, Z)), 3);

        for (Metric m : Metric.values()) {
            assertEquals(2, reference(report, m).hits(3), m.wireName());
            // Precision@3 = 2 / (2 * 3)
            assertEquals(1.0 / 3.0, reference(report, m).value(Measure.PRECISION, 3), EXACT);
        }
    }

    @Test
    void noOrdersAtAllGiveAnEmptyReportThatKeepsTheSimplestCandidate() {
        EvaluationReport report = evaluate(List.of());

        assertEquals(0, report.trainingOrders());
        assertEquals(0, report.validationOrders());
        assertEquals(0, report.cases(Protocol.LAST_ITEM));
        assertEquals(Optional.of("co_occurrence"), report.chosen());
    }

    @Test
    void rejectsATrainingShareOutsideZeroToOneAndAKBelowOne() {
        PrimaryMeasure primary = PrimaryMeasure.DEFAULT;
        assertThrows(InvalidInputException.class, () -> new EvaluationSettings(0.0, List.of(2), primary, 10));
        assertThrows(InvalidInputException.class, () -> new EvaluationSettings(1.0, List.of(2), primary, 10));
        assertThrows(InvalidInputException.class, () -> new EvaluationSettings(Double.NaN, List.of(2), primary, 10));
        assertThrows(InvalidInputException.class, () -> new EvaluationSettings(0.8, List.of(0), primary, 10));
        assertThrows(InvalidInputException.class, () -> new PrimaryMeasure(Protocol.LAST_ITEM, Measure.HIT_RATE, 0));
    }
}
