package com.cartwise.domain.recommend;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * Work arrays sized to a model, so that ranking a cart allocates nothing: the reference ranking of
 * {@link CoOccurrenceModel} and the served one share them. Whoever takes them ({@link #forSize})
 * gives them back clean ({@link #reset}) for the next ranking.
 * <p>
 * A platform thread keeps its own set. A virtual thread lives for one request (the REST server
 * runs a request on a new one whenever it must wait, e.g. to read an API key), so a set of its own would be allocated for every request: 1.25 MB on a
 * 50,000-variant shop, which made the REST twin spend four times gRPC's CPU per request on the
 * million-order shop (JFR: a fifth of its samples in this constructor). Virtual threads borrow from
 * a shared few instead; a ranking never blocks, so no more are out at once than there are carrier
 * threads, and the few kept are bounded.
 */
public final class RankScratch {
    private static final ThreadLocal<RankScratch> LOCAL = new ThreadLocal<>();
    private static final ArrayBlockingQueue<RankScratch> SHARED =
            new ArrayBlockingQueue<>(2 * Runtime.getRuntime().availableProcessors() + 2);

    public final double[] score;
    public final double[] bestContribution;
    /** The cart item that contributed most to each candidate, -1 for none. */
    public final int[] evidence;
    public final boolean[] inCart;
    public final int[] touched;
    public int touchedCount;
    private final boolean shared;

    private RankScratch(int size, boolean shared) {
        this.shared = shared;
        score = new double[size];
        bestContribution = new double[size];
        evidence = new int[size];
        Arrays.fill(evidence, -1);
        inCart = new boolean[size];
        // one spare: a ranking writes one place past its last touched candidate before counting it
        touched = new int[size + 1];
    }

    /** Clean arrays of at least {@code size}, to be given back with {@link #reset}. */
    public static RankScratch forSize(int size) {
        if (Thread.currentThread().isVirtual()) {
            RankScratch s = SHARED.poll();
            // one too small for this model is let go: a larger shop's rankings will keep the larger ones
            while (s != null && s.score.length < size) {
                s = SHARED.poll();
            }
            return s != null ? s : new RankScratch(size, true);
        }
        RankScratch s = LOCAL.get();
        if (s == null || s.score.length < size) {
            s = new RankScratch(size, false);
            LOCAL.set(s);
        }
        return s;
    }

    /**
     * Leaves the arrays clean and gives them back; the caller must not touch them after.
     *
     * @param evidence whether the ranking kept evidence (else only scores were written)
     */
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
        if (shared) {
            // a full pool lets this one go
            SHARED.offer(this);
        }
    }
}
