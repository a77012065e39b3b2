package com.cartwise.domain.recommend;

import java.util.Comparator;
import java.util.List;

/** The offline evaluation behind a model's choice of metric. */
public record EvaluationReport(int trainingOrders, int validationOrders, List<MetricEvaluation> results) {
    public EvaluationReport {
        results = List.copyOf(results);
    }

    /** Validation orders with at least two variants, i.e. those that could be tested. */
    public int cases() {
        return results.isEmpty() ? 0 : results.getFirst().cases();
    }

    /**
     * The metric with the best hit rate. On a tie the one listed first in {@link Metric} wins:
     * the simpler, more robust score. With no case to judge by, {@link Metric#CO_OCCURRENCE}, the
     * score least fooled by a handful of orders.
     */
    public Metric bestMetric() {
        if (cases() == 0) {
            return Metric.CO_OCCURRENCE;
        }
        return results.stream()
                .max(Comparator.comparingDouble(MetricEvaluation::hitRate)
                        .thenComparing(MetricEvaluation::metric, Comparator.reverseOrder()))
                .orElseThrow()
                .metric();
    }
}
