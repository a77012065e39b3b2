package com.cartwise.rest.recommend;

import com.cartwise.domain.recommend.evaluation.EvaluationReport;
import com.cartwise.domain.recommend.evaluation.EvaluationSettings;
import com.cartwise.domain.recommend.evaluation.Measure;
import com.cartwise.domain.recommend.evaluation.ProtocolResult;
import com.cartwise.domain.recommend.evaluation.Role;
import com.cartwise.domain.recommend.evaluation.ScorerResult;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.ArrayList;
import java.util.List;

/**
 * The offline evaluation behind a model, as JSON: the oldest orders trained every scorer, the
 * newer ones held out items (under each protocol), and every measure is given at each K of
 * {@code k}, position by position. {@code chosen} is the candidate the primary measure picked.
 *
 * @param primary the measure that chose, e.g. {@code {"protocol": "last_item", "measure": "hit_rate", "k": 2}}
 * @param k the K of every measure array below
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EvaluationTable(int trainingOrders, int validationOrders, Primary primary, @Nullable String chosen, List<Integer> k,
                              List<Row> results) {

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Primary(String protocol, String measure, int k) {
    }

    /**
     * One scorer under one protocol.
     *
     * @param role {@code reference} (the reference POS recommender's metric, exactly), {@code popularity}, or {@code candidate}
     * @param catalogue variants the model under evaluation knew: the whole catalogue it ranked against
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Row(String scorer, String role, boolean chosen, String protocol, int cases, int catalogue, List<Double> hitRate,
                      List<Double> precision, List<Double> recall, List<Double> ndcg, List<Double> mrr, List<Double> coverage) {
    }

    static EvaluationTable of(EvaluationReport report) {
        int maxK = report.results().stream().flatMap(r -> r.protocols().stream()).mapToInt(ProtocolResult::maxK).min().orElse(0);
        List<Integer> ks = EvaluationSettings.DEFAULT_KS.stream().filter(k -> k <= maxK).toList();
        List<Row> rows = new ArrayList<>();
        for (ScorerResult r : report.results()) {
            boolean chosen = r.role() == Role.CANDIDATE && report.chosen().filter(r.name()::equals).isPresent();
            for (ProtocolResult p : r.protocols()) {
                rows.add(new Row(r.name(), r.role().wireName(), chosen, p.protocol().wireName(), p.cases(), p.catalogue(),
                        values(p, Measure.HIT_RATE, ks), values(p, Measure.PRECISION, ks), values(p, Measure.RECALL, ks),
                        values(p, Measure.NDCG, ks), values(p, Measure.MRR, ks), values(p, Measure.COVERAGE, ks)));
            }
        }
        return new EvaluationTable(report.trainingOrders(), report.validationOrders(),
                new Primary(report.primary().protocol().wireName(), report.primary().measure().wireName(), report.primary().k()),
                report.chosen().orElse(null), ks, rows);
    }

    private static List<Double> values(ProtocolResult result, Measure measure, List<Integer> ks) {
        return ks.stream().map(k -> result.value(measure, k)).toList();
    }
}
