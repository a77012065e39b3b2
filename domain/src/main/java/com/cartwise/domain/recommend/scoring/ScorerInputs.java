package com.cartwise.domain.recommend.scoring;

import com.cartwise.domain.recommend.CountsMerge;
import com.cartwise.domain.recommend.DecayedCounts;
import com.cartwise.domain.recommend.WeightedCounts;
import java.util.Optional;

/**
 * The counts a scorer needs besides the plain ones, kept with a model so that its table can be
 * weighed again after new orders are added: the sequence counts, the size-weighted counts of
 * RP3beta, the age-weighted counts of a half-life. Each is present only if the scorer reads it.
 */
public record ScorerInputs(Optional<int[]> after, Optional<WeightedCounts> bySize, Optional<DecayedCounts> decayed) {
    public static final ScorerInputs NONE = new ScorerInputs(Optional.empty(), Optional.empty(), Optional.empty());

    public ScorerInputs {
        if (after == null || bySize == null || decayed == null) {
            throw new IllegalArgumentException("absent inputs are empty, never null");
        }
    }

    /** These inputs plus those of added orders (which must hold the same kinds), in the merged layout. */
    public ScorerInputs plus(ScorerInputs added, CountsMerge merge) {
        return new ScorerInputs(
                after.map(a -> merge.mergeEntries(a, added.after().orElseThrow())),
                bySize.map(w -> w.plus(added.bySize().orElseThrow(), merge)),
                decayed.map(d -> new DecayedCounts(d.halfLifeDays(), d.referenceEpochSecond(),
                        d.counts().plus(added.decayed().orElseThrow().counts(), merge))));
    }

    public long bytes() {
        return after.map(a -> 4L * a.length).orElse(0L) + bySize.map(WeightedCounts::bytes).orElse(0L)
                + decayed.map(d -> d.counts().bytes()).orElse(0L);
    }
}
