package com.cartwise.domain.recommend.scoring;

import com.cartwise.domain.recommend.CoOccurrenceModel;
import java.util.Arrays;

/**
 * EASE (Steck 2019, "Embarrassingly shallow autoencoders for sparse data"): the item-item weights
 * B that best rebuild each order from its other items, in closed form: with G the Gram matrix of
 * orders (G_ij = orders holding both, G_ii = orders holding i) and P = (G + lambda I)^-1, the
 * weight of j given i is -P_ij / P_jj. The inverse is dense, n x n doubles, so only the
 * {@code maxVariants} best sellers take part; the rest get no neighbours here.
 *
 * @param lambda the L2 penalty: larger keeps weights small and favours well-evidenced pairs
 * @param maxVariants how many best sellers the dense solve covers (memory 8 n^2 bytes, time n^3)
 */
public record Ease(double lambda, int maxVariants) implements PairScore {
    public Ease {
        if (!(lambda > 0) || maxVariants < 1) {
            throw new IllegalArgumentException("ease needs lambda > 0 and at least one variant");
        }
    }

    @Override
    public String wireName() {
        return "ease(lambda=" + CountScore.number(lambda) + ")";
    }

    @Override
    public int simplicity() {
        return 300;
    }

    /** A weight is a solve over all the best sellers' counts together. */
    @Override
    public boolean weighsPairsLocally() {
        return false;
    }

    @Override
    public RowWeigher weigher(TrainingCounts counts) {
        CoOccurrenceModel m = counts.model();
        int[] members = bestSellers(m, maxVariants);
        int n = members.length;
        int[] position = new int[m.variants()];
        Arrays.fill(position, -1);
        for (int p = 0; p < n; p++) {
            position[members[p]] = p;
        }
        double[] gram = new double[n * n];
        for (int p = 0; p < n; p++) {
            int a = members[p];
            gram[p * n + p] = m.orderCount(a) + lambda;
            for (int i = m.rowStart(a); i < m.rowEnd(a); i++) {
                int q = position[m.neighbourAt(i)];
                if (q >= 0) {
                    gram[p * n + q] = m.togetherAt(i);
                }
            }
        }
        double[] inverse = DenseInverse.invertSymmetricPositiveDefinite(gram, n);
        return (a, nb, w) -> {
            int p = position[a];
            if (p < 0) {
                return 0;
            }
            int written = 0;
            for (int q = 0; q < n; q++) {
                if (q != p) {
                    nb[written] = members[q];
                    w[written++] = -inverse[p * n + q] / inverse[q * n + q];
                }
            }
            return written;
        };
    }

    /** The best sellers, at most {@code max}, in ascending index order (so rows list neighbours ascending). */
    private static int[] bestSellers(CoOccurrenceModel m, int max) {
        Popularity popularity = Popularity.of(m);
        int n = Math.min(max, m.variants());
        int[] members = new int[n];
        for (int r = 0; r < n; r++) {
            members[r] = popularity.variantAt(r);
        }
        Arrays.sort(members);
        return members;
    }
}
