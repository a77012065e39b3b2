package com.cartwise.domain.recommend.evaluation;

import com.cartwise.domain.recommend.AllCores;
import com.cartwise.domain.recommend.CoOccurrenceModel;
import com.cartwise.domain.recommend.Metric;
import com.cartwise.domain.recommend.scoring.TopList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The four reference metrics ranked exactly as the reference POS recommender ranks them: every
 * neighbour of every cart item a candidate, scores summed in cart order, no fallback, ties by
 * lower index; all four in one pass over the cart items' neighbours. Each pair's contribution
 * under each metric is computed once per evaluation by {@link Metric#score} itself, so the sums
 * are bit for bit the reference's while a case costs additions only.
 * <p>
 * A cart of one item is ranked once per item and remembered: best sellers are both the items
 * whose rows are longest and the ones most carts hold, so a shop's validation orders of two
 * lines ask for the same few long rows again and again (on the generated million-order shop
 * this was a third of the evaluation's time).
 */
final class ReferenceRanking {
    /** Rows shorter than this are summed again rather than remembered: cheap, and there may be tens of thousands. */
    static final int REMEMBERED_ROW = 256;

    /**
     * Every pair entry's contribution under cosine, confidence and lift, interleaved (entry i at
     * 3i, 3i+1, 3i+2) so that a case reads one stream; co-occurrence is the count itself.
     */
    record Contributions(CoOccurrenceModel model, double[] interleaved) {
        static Contributions of(CoOccurrenceModel model) {
            double[] interleaved = new double[3 * model.pairEntries()];
            AllCores.forEach(model.variants(), AllCores.ROWS, a -> {
                int countA = model.orderCount(a);
                for (int i = model.rowStart(a); i < model.rowEnd(a); i++) {
                    int together = model.togetherAt(i);
                    int countB = model.orderCount(model.neighbourAt(i));
                    interleaved[3 * i] = Metric.COSINE.score(together, countA, countB, model.orders());
                    interleaved[3 * i + 1] = Metric.CONFIDENCE.score(together, countA, countB, model.orders());
                    interleaved[3 * i + 2] = Metric.LIFT.score(together, countA, countB, model.orders());
                }
            });
            return new Contributions(model, interleaved);
        }
    }

    private final Contributions contributions;
    private final CoOccurrenceModel model;
    /** Per candidate b, its four sums side by side at 4b .. 4b+3 (one cache line), in Metric order. */
    private final double[] sums;
    private final boolean[] inCart;
    private final int[] touched;
    /** The case that last touched each candidate: its sums are this case's only when its stamp is the current case. */
    private final int[] stamp;
    private int currentCase;
    private final double[] thresholds = new double[4];
    private final int rememberedRow;
    /** Per single cart item, the four lists as ranked: each list's variants and exact scores, in place order. */
    private final Map<Integer, Ranked> singles = new HashMap<>();

    private record Ranked(int[][] variants, double[][] scores) {
    }

    ReferenceRanking(Contributions contributions) {
        this(contributions, REMEMBERED_ROW);
    }

    /** @param rememberedRow the shortest row whose single-item cart is remembered */
    ReferenceRanking(Contributions contributions, int rememberedRow) {
        this.contributions = contributions;
        this.rememberedRow = rememberedRow;
        this.model = contributions.model();
        int n = model.variants();
        sums = new double[4 * n];
        inCart = new boolean[n];
        touched = new int[n];
        stamp = new int[n];
    }

    /** Fills {@code tops[m]} with the ranking under {@code Metric.values()[m]}. */
    void rank(int[] cart, int cartLength, TopList[] tops) {
        if (cartLength != 1 || model.rowEnd(cart[0]) - model.rowStart(cart[0]) < rememberedRow) {
            sum(cart, cartLength, tops);
            return;
        }
        Ranked known = singles.get(cart[0]);
        if (known == null) {
            sum(cart, cartLength, tops);
            singles.put(cart[0], remember(tops));
            return;
        }
        for (int m = 0; m < tops.length; m++) {
            // offered best first, each lands last: the same list, in the same order
            tops[m].clear();
            for (int p = 0; p < known.variants()[m].length; p++) {
                int v = known.variants()[m][p];
                tops[m].offer(v, known.scores()[m][p], v, -1);
            }
        }
    }

    private static Ranked remember(TopList[] tops) {
        int[][] variants = new int[tops.length][];
        double[][] scores = new double[tops.length][];
        for (int m = 0; m < tops.length; m++) {
            variants[m] = new int[tops[m].size()];
            scores[m] = new double[tops[m].size()];
            for (int p = 0; p < tops[m].size(); p++) {
                variants[m][p] = tops[m].variant(p);
                scores[m][p] = tops[m].score(p);
            }
        }
        return new Ranked(variants, scores);
    }

    private void sum(int[] cart, int cartLength, TopList[] tops) {
        if (++currentCase == 0) {
            Arrays.fill(stamp, 0);
            currentCase = 1;
        }
        int count = accumulate(cart, cartLength);
        for (int m = 0; m < tops.length; m++) {
            tops[m].clear();
            thresholds[m] = tops[m].threshold();
        }
        for (int c = 0; c < cartLength; c++) {
            inCart[cart[c]] = true;
        }
        // Most candidates of a long cart fall below every list's threshold: one comparison each, nothing to reset.
        for (int t = 0; t < count; t++) {
            int b = touched[t];
            if (inCart[b]) {
                continue;
            }
            int at = 4 * b;
            for (int m = 0; m < 4; m++) {
                double sum = sums[at + m];
                if (sum >= thresholds[m]) {
                    tops[m].offer(b, sum, b, -1);
                    thresholds[m] = tops[m].threshold();
                }
            }
        }
        for (int c = 0; c < cartLength; c++) {
            inCart[cart[c]] = false;
        }
    }

    /** Sums the cart items' rows, cart items included (skipped when offered); answers how many candidates it touched. */
    private int accumulate(int[] cart, int cartLength) {
        double[] contribution = contributions.interleaved();
        int count = 0;
        for (int c = 0; c < cartLength; c++) {
            int a = cart[c];
            for (int i = model.rowStart(a), end = model.rowEnd(a); i < end; i++) {
                int b = model.neighbourAt(i);
                int at = 4 * b;
                // Metric order: co_occurrence, cosine, confidence, lift; a first term is the sum 0 + term, exactly
                if (stamp[b] != currentCase) {
                    stamp[b] = currentCase;
                    touched[count++] = b;
                    sums[at] = model.togetherAt(i);
                    sums[at + 1] = contribution[3 * i];
                    sums[at + 2] = contribution[3 * i + 1];
                    sums[at + 3] = contribution[3 * i + 2];
                } else {
                    sums[at] += model.togetherAt(i);
                    sums[at + 1] += contribution[3 * i];
                    sums[at + 2] += contribution[3 * i + 1];
                    sums[at + 3] += contribution[3 * i + 2];
                }
            }
        }
        return count;
    }
}
