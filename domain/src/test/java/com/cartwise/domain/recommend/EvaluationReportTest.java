package com.cartwise.domain.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationReportTest {

    private static EvaluationReport report(int coHits, int cosineHits, int confidenceHits, int liftHits) {
        return new EvaluationReport(40, 10, List.of(
                new MetricEvaluation(Metric.CO_OCCURRENCE, 2, 10, coHits),
                new MetricEvaluation(Metric.COSINE, 2, 10, cosineHits),
                new MetricEvaluation(Metric.CONFIDENCE, 2, 10, confidenceHits),
                new MetricEvaluation(Metric.LIFT, 2, 10, liftHits)));
    }

    @Test
    void theBestMetricHasTheHighestHitRate() {
        // 4/10, 5/10, 6/10, 3/10 -> confidence
        assertEquals(Metric.CONFIDENCE, report(4, 5, 6, 3).bestMetric());
        // 4/10, 5/10, 6/10, 7/10 -> lift
        assertEquals(Metric.LIFT, report(4, 5, 6, 7).bestMetric());
    }

    @Test
    void onATieTheMetricListedFirstWins() {
        // cosine and lift tie at 7/10, ahead of the rest -> cosine
        assertEquals(Metric.COSINE, report(2, 7, 5, 7).bestMetric());
        // confidence and lift tie at 6/10 -> confidence
        assertEquals(Metric.CONFIDENCE, report(1, 2, 6, 6).bestMetric());
        // all four tie -> co_occurrence
        assertEquals(Metric.CO_OCCURRENCE, report(5, 5, 5, 5).bestMetric());
    }

    @Test
    void theTieRuleFollowsTheOrderOfMetricNotTheOrderOfTheResults() {
        // the same tie as above, results listed back to front: still cosine
        List<MetricEvaluation> reversed = new ArrayList<>(report(2, 7, 5, 7).results());
        java.util.Collections.reverse(reversed);

        assertEquals(Metric.COSINE, new EvaluationReport(40, 10, reversed).bestMetric());
    }

    @Test
    void withNoCaseToJudgeByItFallsBackToCoOccurrence() {
        EvaluationReport noCases = new EvaluationReport(3, 1, List.of(
                new MetricEvaluation(Metric.CO_OCCURRENCE, 2, 0, 0),
                new MetricEvaluation(Metric.LIFT, 2, 0, 0)));

        assertEquals(0, noCases.cases());
        assertEquals(Metric.CO_OCCURRENCE, noCases.bestMetric());
    }

    @Test
    void withNoResultsItFallsBackToCoOccurrence() {
        EvaluationReport empty = new EvaluationReport(0, 0, List.of());

        assertEquals(0, empty.cases());
        assertEquals(Metric.CO_OCCURRENCE, empty.bestMetric());
    }

    @Test
    void casesAreTheValidationOrdersThatCouldBeTested() {
        assertEquals(10, report(1, 1, 1, 1).cases());
    }

    @Test
    void theResultsCannotBeChangedAfterwards() {
        List<MetricEvaluation> results = new ArrayList<>(report(1, 2, 3, 4).results());
        EvaluationReport report = new EvaluationReport(40, 10, results);
        results.clear();

        assertEquals(4, report.results().size());
        assertThrows(UnsupportedOperationException.class, () -> report.results().clear());
    }
}
