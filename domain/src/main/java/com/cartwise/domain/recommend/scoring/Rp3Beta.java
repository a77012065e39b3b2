package com.cartwise.domain.recommend.scoring;

import com.cartwise.domain.recommend.CoOccurrenceModel;
import com.cartwise.domain.recommend.WeightedCounts;

/**
 * RP3beta (Paudel et al. 2017, "Updatable, accurate, diverse, and scalable recommendations for
 * interactive applications"): a random walk from the cart item to one of its orders and on to
 * another item of that order, P(a → b) = (1 / ca) · sum over orders holding both of 1 / order size,
 * raised to {@code alpha} and divided by cb^{@code beta} so that best sellers do not win by
 * being everywhere. alpha = 1, beta = 0 is the plain walk (P3).
 */
public record Rp3Beta(double alpha, double beta) implements PairScore {
    public Rp3Beta {
        if (!(alpha > 0) || !(beta >= 0) || beta > 1) {
            throw new IllegalArgumentException("rp3beta needs alpha > 0 and beta in [0, 1]");
        }
    }

    @Override
    public String wireName() {
        return "rp3beta(alpha=" + CountScore.number(alpha) + ",beta=" + CountScore.number(beta) + ")";
    }

    @Override
    public int simplicity() {
        return 200;
    }

    /** The walk reads a's orders and the pair's, and the penalty cb^beta only grows with b's sales. */
    @Override
    public boolean weighsPairsLocally() {
        return true;
    }

    @Override
    public RowWeigher weigher(TrainingCounts counts) {
        CoOccurrenceModel m = counts.model();
        WeightedCounts bySize = counts.bySize();
        double[] penalty = popularityPenalty(m);
        return (a, nb, w) -> {
            int n = 0;
            double ca = m.orderCount(a);
            for (int i = m.rowStart(a); i < m.rowEnd(a); i++) {
                int b = m.neighbourAt(i);
                double walk = bySize.pairs()[i] / ca;
                nb[n] = b;
                w[n++] = (alpha == 1 ? walk : Math.pow(walk, alpha)) / penalty[b];
            }
            return n;
        };
    }

    /**
     * cb^beta for every variant, worked out once: the generated million-order shop's table weighs
     * 6.2 million entries of 49,000 variants, and Math.pow for each entry was five sixths of the
     * weighing's samples (docs/BENCHMARKS.md). The same doubles as per entry: the same weights.
     */
    private double[] popularityPenalty(CoOccurrenceModel m) {
        double[] penalty = new double[m.variants()];
        for (int b = 0; b < penalty.length; b++) {
            penalty[b] = beta == 0 ? 1 : Math.pow(m.orderCount(b), beta);
        }
        return penalty;
    }
}
