package com.cartwise.domain.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.mining.Progress;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeduplicationTest {
    private static Candidate candidate(BundleType type, Objective objective, CandidateSource source, long... ids) {
        List<Long> variantIds = java.util.Arrays.stream(ids).boxed().toList();
        return new Candidate(type, objective, variantIds, Set.of(source),
                new Evidence(10, 1, variantIds, variantIds.stream().map(id -> 2).toList(), List.of(1)));
    }

    @Test
    void keepsOneCandidatePerTypeObjectiveAndVariantSetWithAllTheirSources() {
        List<Candidate> candidates = List.of(
                candidate(BundleType.FBT, Objective.INCREASE_AOV, CandidateSource.ASSOCIATION_RULE, 1, 2),
                candidate(BundleType.FBT, Objective.INCREASE_AOV, CandidateSource.CO_VISITATION, 2, 1),
                candidate(BundleType.FBT, Objective.CLEAR_SLOW_MOVERS, CandidateSource.CO_VISITATION, 1, 2),
                candidate(BundleType.BOGO, Objective.INCREASE_AOV, CandidateSource.CO_VISITATION, 1, 2));

        Deduplication.Result result = new Deduplication().deduplicate(candidates, Progress.NONE);

        assertEquals(3, result.candidates().size());
        assertEquals(1, result.duplicatesMerged());
        Candidate kept = result.candidates().get(0);
        assertEquals(List.of(1L, 2L), kept.variantIds(), "the first one is kept");
        assertEquals(Set.of(CandidateSource.ASSOCIATION_RULE, CandidateSource.CO_VISITATION), kept.sources());
        assertEquals(CandidateSource.ASSOCIATION_RULE, kept.source());
    }
}
