package com.cartwise.domain.recommend.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluationReportTest {

    private static ScorerResult candidate(String name, int simplicity, int hitsAtFirstPlace) {
        ProtocolResult last = new ProtocolResult(Protocol.LAST_ITEM, 10, new int[] {hitsAtFirstPlace, 0}, new int[] {1, 1}, 5);
        return new ScorerResult(name, Role.CANDIDATE, simplicity, List.of(last));
    }

    private static ScorerResult reference(String name, int hits) {
        return new ScorerResult(name, Role.REFERENCE, 0,
                List.of(new ProtocolResult(Protocol.LAST_ITEM, 10, new int[] {hits, 0}, new int[] {1, 1}, 5)));
    }

    private static Optional<String> chosen(ScorerResult... results) {
        return EvaluationReport.choosing(40, 10, PrimaryMeasure.DEFAULT, List.of(results)).chosen();
    }

    @Test
    void choosesTheCandidateWithTheBestPrimaryMeasure() {
        assertEquals(Optional.of("b"), chosen(candidate("a", 1, 4), candidate("b", 2, 6), candidate("c", 3, 5)));
    }

    @Test
    void onATieTheSimplerCandidateWinsWhateverTheOrderOfTheRows() {
        assertEquals(Optional.of("a"), chosen(candidate("c", 30, 6), candidate("a", 10, 6), candidate("b", 20, 5)));
        // equal simplicity too: the name first in alphabetical order
        assertEquals(Optional.of("x"), chosen(candidate("y", 10, 6), candidate("x", 10, 6)));
    }

    @Test
    void onlyCandidatesCanBeChosenNotTheReferenceNorPopularity() {
        assertEquals(Optional.of("a"), chosen(reference("lift", 9), candidate("a", 1, 2)));
        assertEquals(Optional.empty(), chosen(reference("lift", 9)));
    }

    @Test
    void withNoCaseToJudgeByTheSimplestCandidateWins() {
        assertEquals(Optional.of("simple"), chosen(candidate("complex", 50, 0), candidate("simple", 5, 0)));
    }

    @Test
    void aCandidateWorseThanBestSellersAtTheLongestListIsPassedOver() {
        // popularity: 3 hits at place 2 of 10 cases, 4 more at place 4 (HR@2 0.3, HR@4 0.7)
        ScorerResult popularity = new ScorerResult("popularity", Role.POPULARITY, 0,
                List.of(new ProtocolResult(Protocol.LAST_ITEM, 10, new int[] {0, 3, 0, 4}, new int[] {1, 1, 1, 1}, 5)));
        // a: HR@2 0.5 but HR@4 0.5 (below 0.7); b: HR@2 0.4, HR@4 0.8
        ScorerResult a = new ScorerResult("a", Role.CANDIDATE, 1,
                List.of(new ProtocolResult(Protocol.LAST_ITEM, 10, new int[] {5, 0, 0, 0}, new int[] {1, 1, 1, 1}, 5)));
        ScorerResult b = new ScorerResult("b", Role.CANDIDATE, 2,
                List.of(new ProtocolResult(Protocol.LAST_ITEM, 10, new int[] {4, 0, 4, 0}, new int[] {1, 1, 1, 1}, 5)));

        assertEquals(Optional.of("b"), EvaluationReport.choosing(1, 1, PrimaryMeasure.DEFAULT, List.of(popularity, a, b)).chosen());
        // when every candidate is worse somewhere, the best by the primary measure is still chosen
        assertEquals(Optional.of("a"), EvaluationReport.choosing(1, 1, PrimaryMeasure.DEFAULT, List.of(popularity, a)).chosen());
    }

    @Test
    void choosesByAnotherMeasureWhenAskedTo() {
        // MRR@2 counts place 2 at half: a = 2 at place 1 (0.2), b = 3 at place 2 (0.15); hit rate@2 would pick b
        ScorerResult a = new ScorerResult("a", Role.CANDIDATE, 2,
                List.of(new ProtocolResult(Protocol.LAST_ITEM, 10, new int[] {2, 0}, new int[] {1, 1}, 5)));
        ScorerResult b = new ScorerResult("b", Role.CANDIDATE, 1,
                List.of(new ProtocolResult(Protocol.LAST_ITEM, 10, new int[] {0, 3}, new int[] {1, 1}, 5)));

        assertEquals(Optional.of("a"),
                EvaluationReport.choosing(1, 1, new PrimaryMeasure(Protocol.LAST_ITEM, Measure.MRR, 2), List.of(a, b)).chosen());
        assertEquals(Optional.of("b"), EvaluationReport.choosing(1, 1, PrimaryMeasure.DEFAULT, List.of(a, b)).chosen());
    }

    @Test
    void readsThePrimaryMeasureFromItsWireName() {
        assertEquals(new PrimaryMeasure(Protocol.EACH_ITEM, Measure.NDCG, 10), PrimaryMeasure.parse(Protocol.EACH_ITEM, "ndcg@10"));
        assertEquals("hit_rate@2", PrimaryMeasure.DEFAULT.wireName());
    }
}
