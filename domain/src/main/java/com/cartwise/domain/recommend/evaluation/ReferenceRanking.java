package com.cartwise.domain.recommend.evaluation;

import com.cartwise.domain.recommend.CoOccurrenceModel;
import com.cartwise.domain.recommend.Metric;
import com.cartwise.domain.recommend.scoring.TopList;
import java.util.stream.IntStream;

/**
 * The four reference metrics ranked exactly as the reference POS recommender ranks them: every
 * neighbour of every cart item a candidate, scores summed in cart order, no fallback, ties by
 * lower index; all four in one pass over the cart items' neighbours. Each pair's contribution
 * under each metric is computed once per evaluation by {@link Metric#score} itself, so the sums
 * are bit for bit the reference's while a case costs additions only.
 */
final class ReferenceRanking {

    /**
     * Every pair entry's contribution under cosine, confidence and lift, interleaved (entry i at
     * 3i, 3i+1, 3i+2) so that a case reads one stream; co-occurrence is the count itself.
     */
    record Contributions(CoOccurrenceModel model, double[] interleaved) {
        static Contributions of(CoOccurrenceModel model) {
            double[] interleaved = new double[3 * model.pairEntries()];
            IntStream.range(0, model.variants()).parallel().forEach(a -> {
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

    ReferenceRanking(Contributions contributions) {
        this.contributions = contributions;
        this.model = contributions.model();
        int n = model.variants();
        sums = new double[4 * n];
        inCart = new boolean[n];
        touched = new int[n];
    }

    /** Fills {@code tops[m]} with the ranking under {@code Metric.values()[m]}. */
    void rank(int[] cart, int cartLength, TopList[] tops) {
        for (TopList top : tops) {
            top.clear();
        }
        for (int c = 0; c < cartLength; c++) {
            inCart[cart[c]] = true;
        }
        double[] contribution = contributions.interleaved();
        int count = 0;
        for (int c = 0; c < cartLength; c++) {
            int a = cart[c];
            // cart items are summed too (one branch less in the hottest loop of evaluation) and skipped when offered
            for (int i = model.rowStart(a), end = model.rowEnd(a); i < end; i++) {
                int b = model.neighbourAt(i);
                int at = 4 * b;
                if (sums[at] == 0) {
                    touched[count++] = b;
                }
                // Metric order: co_occurrence, cosine, confidence, lift
                sums[at] += model.togetherAt(i);
                sums[at + 1] += contribution[3 * i];
                sums[at + 2] += contribution[3 * i + 1];
                sums[at + 3] += contribution[3 * i + 2];
            }
        }
        for (int t = 0; t < count; t++) {
            int b = touched[t];
            int at = 4 * b;
            boolean offered = !inCart[b];
            for (int m = 0; m < 4; m++) {
                if (offered) {
                    tops[m].offer(b, sums[at + m], b, -1);
                }
                sums[at + m] = 0;
            }
        }
        for (int c = 0; c < cartLength; c++) {
            inCart[cart[c]] = false;
        }
    }
}
