package com.cartwise.domain.recommend.scoring;

import com.cartwise.domain.recommend.RankScratch;
import java.util.function.IntPredicate;

/**
 * Ranks the variants for a cart from a {@link NeighbourTable}: every cart item's neighbours, their
 * weights combined over the cart, the best few kept by top-K selection; then, while slots remain,
 * best sellers. Never a cart item, never a variant {@code eligible} refuses. Serving and offline
 * evaluation both rank through here, so what is measured is what is served.
 */
public final class Ranker {
    private Ranker() {
    }

    /**
     * @param cart dense indices of the cart items, oldest first (the first {@code cartLength} count; no repeats)
     * @param fill best sellers to fill the list with when the cart's neighbours run out, or null for none
     * @param eligible which variants may be offered, or null for all
     * @param tieRank equal scores rank by the lower {@code tieRank[variant]}, or by the lower index when null
     * @param out receives the ranked variants, at most its capacity
     */
    public static void rank(NeighbourTable table, Combiner combiner, int[] cart, int cartLength, Popularity fill,
                            IntPredicate eligible, int[] tieRank, TopList out) {
        RankScratch s = RankScratch.forSize(table.variants());
        out.clear();
        try {
            for (int c = 0; c < cartLength; c++) {
                s.inCart[cart[c]] = true;
            }
            accumulate(table, combiner, cart, cartLength, s);
            // the threshold first: most candidates of a long list end there, before their eligibility and tie rank are read
            double threshold = out.threshold();
            for (int t = 0; t < s.touchedCount; t++) {
                int b = s.touched[t];
                double score = s.score[b];
                if (score >= threshold && !s.inCart[b] && (eligible == null || eligible.test(b))) {
                    out.offer(b, score, tieRank == null ? b : tieRank[b], -1);
                    threshold = out.threshold();
                }
            }
            if (out.tracksEvidence()) {
                explain(table, combiner, cart, cartLength, out);
            }
            if (fill != null) {
                fillFromPopularity(fill, eligible, s, out);
            }
        } finally {
            s.reset(cart, cartLength, false);
        }
    }

    /**
     * Sums (or takes the max of) each candidate's weights over the cart: one array read and write
     * per neighbour. Which cart item gave a candidate most is found afterwards for the few that
     * made the list ({@link #explain}): tracked for every neighbour, it cost two more scattered
     * arrays, and on a million-order shop's model most of a request's time went to cache misses.
     */
    private static void accumulate(NeighbourTable table, Combiner combiner, int[] cart, int cartLength, RankScratch s) {
        boolean max = combiner == Combiner.MAX;
        double[] score = s.score;
        int[] touched = s.touched;
        int count = s.touchedCount;
        for (int c = 0; c < cartLength; c++) {
            int a = cart[c];
            double factor = combiner.factor(c, cartLength);
            for (int i = table.rowStart(a), end = table.rowEnd(a); i < end; i++) {
                int b = table.neighbourAt(i);
                double contribution = table.weightAt(i) * factor;
                if (contribution == 0) {
                    // an item hundreds of lines back in a long cart, its weight halved to nothing
                    continue;
                }
                // cart items are summed too, and never offered
                double before = score[b];
                // weights are positive: a score of 0 means not yet touched; counted without a branch
                touched[count] = b;
                count += before == 0 ? 1 : 0;
                score[b] = max ? Math.max(before, contribution) : before + contribution;
            }
        }
        s.touchedCount = count;
    }

    /** Each listed candidate's evidence: the single cart item that contributes most to it (the first one on a tie). */
    private static void explain(NeighbourTable table, Combiner combiner, int[] cart, int cartLength, TopList out) {
        for (int p = 0; p < out.size(); p++) {
            int b = out.variant(p);
            int evidence = -1;
            double best = 0;
            for (int c = 0; c < cartLength; c++) {
                double contribution = table.weight(cart[c], b) * combiner.factor(c, cartLength);
                if (contribution != 0 && (evidence < 0 || contribution > best)) {
                    evidence = cart[c];
                    best = contribution;
                }
            }
            out.explain(p, evidence);
        }
    }

    /** Best sellers after every co-purchase candidate: untouched ones only, since touched ones were offered. */
    private static void fillFromPopularity(Popularity fill, IntPredicate eligible, RankScratch s, TopList out) {
        for (int r = 0; r < fill.size() && !out.isFull(); r++) {
            int v = fill.variantAt(r);
            if (!s.inCart[v] && s.score[v] == 0 && (eligible == null || eligible.test(v))) {
                out.appendFromPopularity(v);
            }
        }
    }
}
