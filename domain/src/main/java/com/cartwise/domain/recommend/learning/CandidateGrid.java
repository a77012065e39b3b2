package com.cartwise.domain.recommend.learning;

import com.cartwise.domain.recommend.scoring.Combiner;
import com.cartwise.domain.recommend.scoring.CountFormula;
import com.cartwise.domain.recommend.scoring.CountScore;
import com.cartwise.domain.recommend.scoring.Ease;
import com.cartwise.domain.recommend.scoring.PairScore;
import com.cartwise.domain.recommend.scoring.Rp3Beta;
import com.cartwise.domain.recommend.scoring.Scorer;
import java.util.ArrayList;
import java.util.List;

/**
 * The scorers training measures on each shop's validation split, simplest first. Kept: those
 * that won on a public data set or on the generated shop, and co-occurrence, the simplest, which
 * a shop with nothing to judge by keeps (docs/EVALUATION.md has the tables, and what was tried
 * and dropped because it never won: confidence, lift, Jaccard, inclusion, mutual information, the
 * Wilson bound, evidence shrinkage, a 30- or 90-day half-life, max-combining, blends with
 * popularity, further RP3beta and EASE settings). Every scorer can still be asked for by name.
 */
public final class CandidateGrid {
    private CandidateGrid() {
    }

    public static List<Scorer> of(Tunables t) {
        List<Scorer> grid = new ArrayList<>();
        for (CountFormula f : List.of(CountFormula.CO_OCCURRENCE, CountFormula.COSINE, CountFormula.SEQUENCE)) {
            grid.add(Scorer.summing(CountScore.of(f)));
        }
        for (Rp3Beta r : t.rp3Beta()) {
            grid.add(Scorer.summing(r));
        }
        for (double lambda : t.easeLambdas()) {
            grid.add(Scorer.summing(new Ease(lambda, t.easeMaxVariants())));
        }
        for (PairScore s : List.of(CountScore.of(CountFormula.COSINE), t.rp3Beta().getFirst(),
                new Ease(t.easeLambdas().getFirst(), t.easeMaxVariants()))) {
            grid.add(new Scorer(s, Combiner.RECENT));
        }
        return List.copyOf(grid);
    }
}
