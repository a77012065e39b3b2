package com.cartwise.domain.recommend.scoring;

import com.cartwise.domain.recommend.CoOccurrenceModel;

/**
 * The best few candidates, kept sorted while candidates are offered: best score first, equal
 * scores by lower tie rank. Selecting K of thousands this way costs one comparison per candidate
 * that does not make it, instead of sorting them all.
 */
public final class TopList {
    private final int capacity;
    private final int[] variant;
    private final double[] score;
    private final double[] rankScore;
    private final int[] tieRank;
    private final int[] evidence;
    private final boolean[] fromPopularity;
    private final boolean tracksEvidence;
    private int size;
    /** Scores below this cannot enter the full list. */
    private double cutoff = Double.NEGATIVE_INFINITY;

    /** A list for serving: it keeps which cart item each candidate owes most to. */
    public TopList(int capacity) {
        this(capacity, true);
    }

    /** @param tracksEvidence false for evaluation, which needs places only and ranks faster without */
    public TopList(int capacity, boolean tracksEvidence) {
        this.capacity = capacity;
        this.tracksEvidence = tracksEvidence;
        variant = new int[capacity];
        score = new double[capacity];
        rankScore = new double[capacity];
        tieRank = new int[capacity];
        evidence = new int[capacity];
        fromPopularity = new boolean[capacity];
    }

    public void clear() {
        size = 0;
        cutoff = Double.NEGATIVE_INFINITY;
    }

    public boolean tracksEvidence() {
        return tracksEvidence;
    }

    public int size() {
        return size;
    }

    public boolean isFull() {
        return size == capacity;
    }

    /**
     * The least score {@link #offer} may still take: lower ones are turned away at once (the list
     * is full and they cannot tie its last). Minus infinity while the list has room.
     */
    public double threshold() {
        return size == capacity ? cutoff : Double.NEGATIVE_INFINITY;
    }

    public int variant(int i) {
        return variant[i];
    }

    /** The candidate's combined score over the cart (0 for a popularity fill). */
    public double score(int i) {
        return score[i];
    }

    /** The cart item that contributed most, or -1 for a popularity fill. */
    public int evidence(int i) {
        return evidence[i];
    }

    public boolean fromPopularity(int i) {
        return fromPopularity[i];
    }

    /**
     * Offers a co-purchase candidate, ranked by its score rounded for ranking
     * ({@link CoOccurrenceModel#significant}), then by {@code tie}. A full list turns away a clearly
     * lower score, and one no higher than its last with no better tie rank, before rounding it:
     * most candidates cost one comparison, and those tied on small whole counts two.
     */
    public void offer(int v, double exactScore, int tie, int evidenceItem) {
        if (size == capacity && (exactScore < cutoff || exactScore <= score[capacity - 1] && tie >= tieRank[capacity - 1])) {
            // rounding keeps order, so a score at most the last one's rounds to at most its rank score: only a lower tie rank could win
            return;
        }
        double rankScore = CoOccurrenceModel.significant(exactScore);
        if (size == capacity && !better(rankScore, tie, size - 1)) {
            return;
        }
        int at = size == capacity ? capacity - 1 : size++;
        while (at > 0 && better(rankScore, tie, at - 1)) {
            copy(at - 1, at);
            at--;
        }
        variant[at] = v;
        score[at] = exactScore;
        this.rankScore[at] = rankScore;
        tieRank[at] = tie;
        evidence[at] = evidenceItem;
        fromPopularity[at] = false;
        if (size == capacity) {
            double last = this.rankScore[capacity - 1];
            // rounding to 40 bits moves a score by less than 2^-40 of it: anything this far below cannot tie
            cutoff = last > 0 ? last * (1 - 0x1p-38) : Double.NEGATIVE_INFINITY;
        }
    }

    /** Sets the cart item a listed co-purchase candidate owes most to (found once the list is final). */
    public void explain(int place, int evidenceItem) {
        if (place >= size || fromPopularity[place]) {
            throw new IllegalArgumentException("place " + place + " holds no co-purchase candidate");
        }
        evidence[place] = evidenceItem;
    }

    /** Appends a best seller after every co-purchase candidate; the caller checks there is room. */
    public void appendFromPopularity(int v) {
        variant[size] = v;
        score[size] = 0;
        rankScore[size] = 0;
        tieRank[size] = Integer.MAX_VALUE;
        evidence[size] = -1;
        fromPopularity[size++] = true;
    }

    private boolean better(double s, int tie, int i) {
        return s > rankScore[i] || (s == rankScore[i] && tie < tieRank[i]);
    }

    private void copy(int from, int to) {
        variant[to] = variant[from];
        score[to] = score[from];
        rankScore[to] = rankScore[from];
        tieRank[to] = tieRank[from];
        evidence[to] = evidence[from];
        fromPopularity[to] = fromPopularity[from];
    }
}
