package com.cartwise.bootstrap.cli.evaluation;

import com.cartwise.rest.client.RemoteEvaluation;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;

/**
 * The few lines of a training's evaluation a merchant reads after {@code cartwise train}: how the
 * model's scorer did on the shop's newest orders at the measure that chooses, beside best sellers
 * and the reference POS method's best (the whole table is at the model's URL).
 */
public final class EvaluationLines {
    private EvaluationLines() {
    }

    /** Prints the lines for a model ranked by {@code rankedBy}. */
    public static void print(RemoteEvaluation evaluation, String rankedBy, PrintWriter out) {
        long cases = evaluation.popularity().map(RemoteEvaluation.Row::cases).orElse(0L);
        if (cases == 0) {
            out.printf(Locale.ROOT, "  not judged: among the newest %,d of %,d orders none has two or more items (one is held out, the rest"
                    + " predict it)%n",
                    evaluation.validationOrders(), evaluation.trainingOrders() + evaluation.validationOrders());
            return;
        }
        out.printf(Locale.ROOT, "  judged on the newest %s (%s), by %s@%d under %s:%n", counted(evaluation.validationOrders(), "order"),
                counted(cases, "case"), evaluation.measure(), evaluation.k(), evaluation.protocol());
        Optional<RemoteEvaluation.Row> reference = evaluation.bestReference();
        boolean chosen = rankedBy.equals(evaluation.chosen());
        evaluation.candidate(rankedBy).ifPresent(row -> line(out, row, "this model's scorer, " + (chosen ? "chosen" : "as asked"), reference));
        if (!chosen) {
            evaluation.candidate(evaluation.chosen()).ifPresent(row -> line(out, row, "the evaluation's choice", reference));
        }
        reference.ifPresent(row -> line(out, row, "the reference POS method's best", Optional.empty()));
        evaluation.popularity().ifPresent(row -> out.printf(Locale.ROOT, "    %.4f  best sellers%n", row.primary()));
    }

    private static String counted(long n, String thing) {
        return String.format(Locale.ROOT, "%,d %s%s", n, thing, n == 1 ? "" : "s");
    }

    private static void line(PrintWriter out, RemoteEvaluation.Row row, String role, Optional<RemoteEvaluation.Row> reference) {
        String against = reference.filter(r -> r.primary() > 0)
                .map(r -> String.format(Locale.ROOT, " (%+.1f %% on the reference)", 100 * (row.primary() / r.primary() - 1)))
                .orElse("");
        out.printf(Locale.ROOT, "    %.4f  %s: %s%s%n", row.primary(), row.scorer(), role, against);
    }
}
