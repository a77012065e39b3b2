package com.cartwise.domain.bundles.candidates;

import com.cartwise.domain.bundles.Candidate;
import java.util.List;

/**
 * The output of candidate generation: the candidates (duplicates possible, see deduplication),
 * the association rules in variant ids for the rules API, and counts for the progress message.
 *
 * @param evidenceSets sets of variants proposed from orders (rules, co-visitation, recommender)
 * @param fallbackSets sets added by the fallback ladder
 */
public record CandidateSet(List<Candidate> candidates, List<VariantRule> rules, int evidenceSets, int fallbackSets) {
    public CandidateSet {
        candidates = List.copyOf(candidates);
        rules = List.copyOf(rules);
    }
}
