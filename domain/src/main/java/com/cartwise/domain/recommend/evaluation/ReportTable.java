package com.cartwise.domain.recommend.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An evaluation report as text for a terminal (one block per protocol, a row per scorer, every
 * measure at every K) or as CSV (one line per scorer, protocol, measure and K).
 */
public final class ReportTable {
    private static final Measure[] COLUMNS = {Measure.HIT_RATE, Measure.PRECISION, Measure.RECALL, Measure.NDCG, Measure.MRR,
        Measure.COVERAGE};
    private static final String[] HEADINGS = {"HR", "P", "R", "NDCG", "MRR", "Cov"};

    private ReportTable() {
    }

    public static String text(EvaluationReport report, List<Integer> ks) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%,d training orders (oldest), %,d validation orders; primary measure %s on %s%n",
                report.trainingOrders(), report.validationOrders(), report.primary().wireName(),
                report.primary().protocol().wireName()));
        int width = Math.max(24, report.results().stream().mapToInt(r -> r.name().length()).max().orElse(0) + 2);
        for (Protocol protocol : Protocol.values()) {
            List<ScorerResult> rows = report.results().stream().filter(r -> r.has(protocol)).toList();
            if (rows.isEmpty()) {
                continue;
            }
            ProtocolResult any = rows.getFirst().result(protocol);
            out.append(String.format(Locale.ROOT, "%n%s: %,d cases, %,d variants known%n", protocol.wireName(), any.cases(),
                    any.catalogue()));
            StringBuilder heading = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s %-10s", "scorer", "role"));
            for (int c = 0; c < COLUMNS.length; c++) {
                for (int k : ks) {
                    heading.append(String.format(Locale.ROOT, " %7s", HEADINGS[c] + "@" + k));
                }
            }
            out.append(heading).append(System.lineSeparator());
            for (ScorerResult row : rows) {
                String mark = report.chosen().filter(row.name()::equals).isPresent() && row.role() == Role.CANDIDATE ? " *" : "";
                out.append(String.format(Locale.ROOT, "%-" + width + "s %-10s", row.name() + mark, row.role().wireName()));
                for (Measure m : COLUMNS) {
                    for (int k : ks) {
                        out.append(String.format(Locale.ROOT, " %7.4f", row.result(protocol).value(m, k)));
                    }
                }
                out.append(System.lineSeparator());
            }
        }
        report.chosen().ifPresent(c -> out.append(String.format(Locale.ROOT, "%n* chosen: %s%n", c)));
        return out.toString();
    }

    /** Header {@code scorer,role,protocol,cases,measure,k,value}, then one line per value. */
    public static String csv(EvaluationReport report, List<Integer> ks) {
        List<String> lines = new ArrayList<>();
        lines.add("scorer,role,chosen,protocol,cases,measure,k,value");
        for (ScorerResult row : report.results()) {
            boolean chosen = row.role() == Role.CANDIDATE && report.chosen().filter(row.name()::equals).isPresent();
            for (ProtocolResult p : row.protocols()) {
                for (Measure m : Measure.values()) {
                    for (int k : ks) {
                        lines.add(String.format(Locale.ROOT, "\"%s\",%s,%s,%s,%d,%s,%d,%.6f", row.name(), row.role().wireName(),
                                chosen, p.protocol().wireName(), p.cases(), m.wireName(), k, p.value(m, k)));
                    }
                }
            }
        }
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }
}
