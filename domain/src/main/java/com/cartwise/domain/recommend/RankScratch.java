package com.cartwise.domain.recommend;

import java.util.Arrays;

/**
 * Per-thread work arrays sized to a model, so that ranking a cart allocates nothing: the reference
 * ranking of {@link CoOccurrenceModel} and the served one share them. Whoever takes them leaves
 * them clean ({@link #reset}) for the next request on the thread.
 */
public final class RankScratch {
    private static final ThreadLocal<RankScratch> LOCAL = new ThreadLocal<>();

    public final double[] score;
    public final double[] bestContribution;
    /** The cart item that contributed most to each candidate, -1 for none. */
    public final int[] evidence;
    public final boolean[] inCart;
    public final int[] touched;
    public int touchedCount;

    private RankScratch(int size) {
        score = new double[size];
        bestContribution = new double[size];
        evidence = new int[size];
        Arrays.fill(evidence, -1);
        inCart = new boolean[size];
        touched = new int[size];
    }

    public static RankScratch forSize(int size) {
        RankScratch s = LOCAL.get();
        if (s == null || s.score.length < size) {
            s = new RankScratch(size);
            LOCAL.set(s);
        }
        return s;
    }

    /** @param evidence whether the ranking kept evidence (else only scores were written) */
    public void reset(int[] cart, int cartLength, boolean evidence) {
        for (int t = 0; t < touchedCount; t++) {
            int b = touched[t];
            score[b] = 0;
            if (evidence) {
                bestContribution[b] = 0;
                this.evidence[b] = -1;
            }
        }
        touchedCount = 0;
        for (int c = 0; c < cartLength; c++) {
            inCart[cart[c]] = false;
        }
    }
}
