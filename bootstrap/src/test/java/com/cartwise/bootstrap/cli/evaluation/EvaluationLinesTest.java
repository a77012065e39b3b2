package com.cartwise.bootstrap.cli.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.rest.client.RemoteEvaluation;
import com.cartwise.rest.client.RemoteEvaluation.Row;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code cartwise train} says of a model's evaluation, on hand-made figures. */
class EvaluationLinesTest {
    // The reference's best is co_occurrence's 0.20 (lift's 0.15 is lower): 0.24 is 20 % above it, 0.18 10 % below.
    private static final RemoteEvaluation BAKERY = new RemoteEvaluation(4_000, 1_000, "last_item", "hit_rate", 2, "sequence", List.of(
            new Row("co_occurrence", "reference", "last_item", 600, 0.20),
            new Row("lift", "reference", "last_item", 600, 0.15),
            new Row("popularity", "popularity", "last_item", 600, 0.12),
            new Row("popularity", "popularity", "each_item", 1_500, 0.30),
            new Row("sequence", "candidate", "last_item", 600, 0.24),
            new Row("sequence", "candidate", "each_item", 1_500, 0.99),
            new Row("jaccard", "candidate", "last_item", 600, 0.18)));

    @Test
    void aChosenScorerIsShownAgainstTheReferencesBestAndBestSellersUnderTheChoosingProtocol() {
        assertEquals("""
                  judged on the newest 1,000 orders (600 cases), by hit_rate@2 under last_item:
                    0.2400  sequence: this model's scorer, chosen (+20.0 % on the reference)
                    0.2000  co_occurrence: the reference POS method's best
                    0.1200  best sellers
                """, printed(BAKERY, "sequence"));
    }

    @Test
    void aScorerAskedForIsShownBesideTheOneTheEvaluationWouldHaveChosen() {
        assertEquals("""
                  judged on the newest 1,000 orders (600 cases), by hit_rate@2 under last_item:
                    0.1800  jaccard: this model's scorer, as asked (-10.0 % on the reference)
                    0.2400  sequence: the evaluation's choice (+20.0 % on the reference)
                    0.2000  co_occurrence: the reference POS method's best
                    0.1200  best sellers
                """, printed(BAKERY, "jaccard"));
    }

    @Test
    void anEvaluationWithoutCasesSaysWhyNothingWasJudged() {
        RemoteEvaluation none = new RemoteEvaluation(2, 1, "last_item", "hit_rate", 2, "co_occurrence", List.of(
                new Row("co_occurrence", "reference", "last_item", 0, 0.0),
                new Row("popularity", "popularity", "last_item", 0, 0.0),
                new Row("co_occurrence", "candidate", "last_item", 0, 0.0)));

        assertEquals("  not judged: among the newest 1 of 3 orders none has two or more items (one is held out, the rest predict it)\n",
                printed(none, "co_occurrence"));
    }

    @Test
    void aReferenceThatFoundNothingGivesNoRelativeFigure() {
        RemoteEvaluation blind = new RemoteEvaluation(80, 20, "last_item", "ndcg", 10, "sequence", List.of(
                new Row("cosine", "reference", "last_item", 5, 0.0),
                new Row("popularity", "popularity", "last_item", 5, 0.1),
                new Row("sequence", "candidate", "last_item", 5, 0.4)));

        assertEquals("""
                  judged on the newest 20 orders (5 cases), by ndcg@10 under last_item:
                    0.4000  sequence: this model's scorer, chosen
                    0.0000  cosine: the reference POS method's best
                    0.1000  best sellers
                """, printed(blind, "sequence"));
    }

    private static String printed(RemoteEvaluation evaluation, String rankedBy) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            EvaluationLines.print(evaluation, rankedBy, out);
        }
        return text.toString();
    }
}
