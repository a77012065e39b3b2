package com.cartwise.rest.client;

import java.util.List;
import java.util.Optional;

/**
 * How a model's training judged the scorers on the shop's newest orders, as the model's detail
 * says ({@code GET .../models/{version}}): each row's value at the measure that chooses.
 *
 * @param measure the measure that chooses, e.g. {@code hit_rate}
 * @param k       the list length it is taken at
 * @param rows    one per scorer and protocol, in the server's order
 */
public record RemoteEvaluation(long trainingOrders, long validationOrders, String protocol, String measure, int k, String chosen,
                               List<Row> rows) {

    public RemoteEvaluation {
        rows = List.copyOf(rows);
    }

    /**
     * @param role    {@code reference}, {@code popularity} or {@code candidate}
     * @param primary the row's value at the measure and K that choose
     */
    public record Row(String scorer, String role, String protocol, long cases, double primary) {
    }

    /** The choosing protocol's row of this scorer among the candidates. */
    public Optional<Row> candidate(String scorer) {
        return rows.stream().filter(r -> "candidate".equals(r.role()) && r.scorer().equals(scorer) && r.protocol().equals(protocol))
                .findFirst();
    }

    /** The choosing protocol's best-seller row. */
    public Optional<Row> popularity() {
        return rows.stream().filter(r -> "popularity".equals(r.role()) && r.protocol().equals(protocol)).findFirst();
    }

    /** The reference method's best row (the first of equals), when it was measured under the choosing protocol. */
    public Optional<Row> bestReference() {
        Row best = null;
        for (Row r : rows) {
            if ("reference".equals(r.role()) && r.protocol().equals(protocol) && (best == null || r.primary() > best.primary())) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }
}
