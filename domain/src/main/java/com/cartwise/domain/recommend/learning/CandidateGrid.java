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
 * that won on at least one public data set or the generated shop (docs/EVALUATION.md has the
 * tables, and what was tried and dropped: Jaccard, inclusion, mutual information, Wilson bound,
 * evidence shrinkage, max-combining, blends with popularity). The reference formulas stay as
 * candidates, so that a shop where nothing beats them keeps the reference's ranking.
 */
public final class CandidateGrid {
    private CandidateGrid() {
    }

    public static List<Scorer> of(Tunables t) {
        List<Scorer> grid = new ArrayList<>();
        for (CountFormula f : List.of(CountFormula.CO_OCCURRENCE, CountFormula.COSINE, CountFormula.CONFIDENCE, CountFormula.SEQUENCE)) {
            grid.add(Scorer.summing(CountScore.of(f)));
        }
        grid.add(Scorer.summing(new CountScore(CountFormula.CONFIDENCE, 0, t.halfLifeDays())));
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
