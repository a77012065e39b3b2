package com.cartwise.domain.recommend.evaluation;

import com.cartwise.domain.recommend.CoOccurrenceModel;
import com.cartwise.domain.recommend.scoring.TopList;
import java.util.HashMap;
import java.util.Map;

/**
 * The four reference metrics ranked as the reference POS recommender ranks them: every neighbour
 * of every cart item a candidate, scores summed in cart order, no fallback, ties by lower index;
 * all four in one pass over the cart items' neighbours. Each metric's term co(a,b) * f(a) * g(b)
 * factors into what belongs to the cart item and what to the candidate, so a case sums
 * co(a,b), co(a,b) / sqrt(countA) and co(a,b) / countA and multiplies each candidate's sums by
 * its own factors (1 / sqrt(countB) for cosine, orders / countB for lift) once, when it is
 * offered. That reads a pair entry's two ints instead of three precomputed contributions besides
 * (24 bytes an entry, 170 MB on fimi-retail), and gives the reference's scores to within a few
 * units in their last place: far inside the rounding by which every list ranks
 * ({@link com.cartwise.domain.recommend.CoOccurrenceModel#significant}).
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
     * What each variant brings to a term, side by side per variant at 4v (the sums' stride, so a
     * candidate's factors and sums share an index): 1 / sqrt(count), cosine's factor of a cart item
     * and of a candidate alike; 1 / count, confidence's of a cart item; orders / count, lift's of a
     * candidate. The fourth place is unused.
     */
    record Factors(CoOccurrenceModel model, double[] byVariant) {
        static Factors of(CoOccurrenceModel model) {
            double[] byVariant = new double[4 * model.variants()];
            for (int v = 0; v < model.variants(); v++) {
                double count = model.orderCount(v);
                byVariant[4 * v] = 1 / Math.sqrt(count);
                byVariant[4 * v + 1] = 1 / count;
                byVariant[4 * v + 2] = model.orders() / count;
            }
            return new Factors(model, byVariant);
        }
    }

    private final Factors factors;
    private final CoOccurrenceModel model;
    /**
     * Per candidate b, its three sums side by side at 4b .. 4b+2 (co, co / sqrt(countA),
     * co / countA; the fourth place keeps a candidate within one cache line); all zero between cases.
     */
    private final double[] sums;
    private final boolean[] inCart;
    private final int[] touched;
    private final int rememberedRow;
    /** Per single cart item, the four lists as ranked: each list's variants and exact scores, in place order. */
    private final Map<Integer, Ranked> singles = new HashMap<>();

    private record Ranked(int[][] variants, double[][] scores) {
    }

    ReferenceRanking(Factors factors) {
        this(factors, REMEMBERED_ROW);
    }

    /** @param rememberedRow the shortest row whose single-item cart is remembered */
    ReferenceRanking(Factors factors, int rememberedRow) {
        this.factors = factors;
        this.rememberedRow = rememberedRow;
        this.model = factors.model();
        int n = model.variants();
        sums = new double[4 * n];
        inCart = new boolean[n];
        // one spare: once every candidate is touched, each further term still writes one place past the last
        touched = new int[n + 1];
    }

    /** Fills {@code tops[m]} with the ranking under {@code Metric.values()[m]} ({@link com.cartwise.domain.recommend.Metric}). */
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
        int count = accumulate(cart, cartLength);
        for (TopList top : tops) {
            top.clear();
        }
        for (int c = 0; c < cartLength; c++) {
            inCart[cart[c]] = true;
        }
        // Most candidates of a long cart fall below every list's threshold: one test for all four.
        double t0 = tops[0].threshold();
        double t1 = tops[1].threshold();
        double t2 = tops[2].threshold();
        double t3 = tops[3].threshold();
        double[] factor = factors.byVariant();
        for (int t = 0; t < count; t++) {
            int b = touched[t];
            int at = 4 * b;
            // Metric order: co_occurrence, cosine, confidence, lift
            double s0 = sums[at];
            double s1 = sums[at + 1] * factor[at];
            double s2 = sums[at + 2];
            double s3 = s2 * factor[at + 2];
            sums[at] = 0;
            sums[at + 1] = 0;
            sums[at + 2] = 0;
            if ((s0 >= t0 | s1 >= t1 | s2 >= t2 | s3 >= t3) && !inCart[b]) {
                t0 = s0 >= t0 ? offer(tops[0], b, s0) : t0;
                t1 = s1 >= t1 ? offer(tops[1], b, s1) : t1;
                t2 = s2 >= t2 ? offer(tops[2], b, s2) : t2;
                t3 = s3 >= t3 ? offer(tops[3], b, s3) : t3;
            }
        }
        for (int c = 0; c < cartLength; c++) {
            inCart[cart[c]] = false;
        }
    }

    /** Offers a candidate; answers the list's new threshold. */
    private static double offer(TopList top, int b, double sum) {
        top.offer(b, sum, b, -1);
        return top.threshold();
    }

    /**
     * Sums the cart items' rows, cart items included (skipped when offered); answers how many
     * candidates it touched. Every term is positive (a pair entry counts at least one order), so a
     * co-occurrence sum still 0 is a candidate not yet touched, and a first term is the sum
     * 0 + term, exactly the term.
     */
    private int accumulate(int[] cart, int cartLength) {
        double[] factor = factors.byVariant();
        int count = 0;
        for (int c = 0; c < cartLength; c++) {
            int a = cart[c];
            double root = factor[4 * a];
            double inverse = factor[4 * a + 1];
            for (int i = model.rowStart(a), end = model.rowEnd(a); i < end; i++) {
                int b = model.neighbourAt(i);
                int at = 4 * b;
                double before = sums[at];
                // counted without a branch: after the first row, whether a candidate is new is a coin toss
                touched[count] = b;
                count += before == 0 ? 1 : 0;
                double together = model.togetherAt(i);
                sums[at] = before + together;
                sums[at + 1] += together * root;
                sums[at + 2] += together * inverse;
            }
        }
        return count;
    }
}
