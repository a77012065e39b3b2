package com.cartwise.domain.bundles;

import com.cartwise.domain.mining.Progress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Phase 4 of bundle generation: one candidate per {@link BundleKey} (type + objective + sorted
 * variant set). The first candidate of a key is kept, in input order, with the sources of all its
 * duplicates, so "found by rules and by co-visitation" survives.
 */
public final class Deduplication {
    /** The distinct candidates, and how many duplicates were merged into them. */
    public record Result(List<Candidate> candidates, int duplicatesMerged) {
        public Result {
            candidates = List.copyOf(candidates);
        }
    }

    public Result deduplicate(List<Candidate> candidates, Progress progress) {
        Map<BundleKey, Candidate> byKey = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            if ((i & 4095) == 0) {
                progress.advance(i, candidates.size());
            }
            Candidate candidate = candidates.get(i);
            byKey.merge(candidate.key(), candidate, (kept, duplicate) -> kept.withSources(duplicate.sources()));
        }
        progress.report(1.0);
        return new Result(new ArrayList<>(byKey.values()), candidates.size() - byKey.size());
    }
}
