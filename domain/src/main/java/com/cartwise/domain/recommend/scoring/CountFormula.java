package com.cartwise.domain.recommend.scoring;

import com.cartwise.domain.recommend.Metric;

/**
 * Pair scores computed from counts alone: co = orders holding both, ca and cb = orders holding the
 * cart item and the candidate, n = all orders (each possibly weighted, e.g. by age). The first
 * four are the reference POS recommender's, computed by {@link Metric} exactly.
 */
public enum CountFormula {
    CO_OCCURRENCE("co_occurrence", Metric.CO_OCCURRENCE),
    COSINE("cosine", Metric.COSINE),
    CONFIDENCE("confidence", Metric.CONFIDENCE),
    LIFT("lift", Metric.LIFT),
    /** co / (ca + cb - co): the share of orders holding either that hold both. */
    JACCARD("jaccard", null),
    /** co / min(ca, cb): how far the rarer one comes with the other (the inclusion index). */
    INCLUSION("inclusion", null),
    /**
     * The Wilson score interval's lower bound (z = 1.96) on P(b | a) = co / ca: two co-purchases in
     * two orders count for less than two hundred in two hundred and fifty (Wilson 1927; Agresti and
     * Coull 1998).
     */
    WILSON("wilson", null),
    /**
     * Mutual information of "holds a" and "holds b" over the 2 x 2 table of orders, when the pair
     * goes together more than chance (0 otherwise): lift's sign, weighted by how much evidence.
     */
    MUTUAL_INFORMATION("mutual_information", null),
    /**
     * P(b added after a) = (orders where b came after a) / ca: the sequential rules of session-based
     * recommenders (Ludewig and Jannach 2018), for a till where the cart grows line by line.
     */
    SEQUENCE("sequence", null);

    private static final double WILSON_Z = 1.96;

    private final String wireName;
    private final Metric reference;

    CountFormula(String wireName, Metric reference) {
        this.wireName = wireName;
        this.reference = reference;
    }

    public String wireName() {
        return wireName;
    }

    /** The reference metric this formula is, or null for the newer ones. */
    public Metric reference() {
        return reference;
    }

    /**
     * Whether the weight reads only co, ca and cb (not n) and never grows with cb: lift and mutual
     * information read the shop's order count, which every added order changes.
     */
    boolean local() {
        return this != LIFT && this != MUTUAL_INFORMATION;
    }

    /** Exactly the reference metric's score on whole counts. */
    double exact(int co, int ca, int cb, int n) {
        return reference.score(co, ca, cb, n);
    }

    /** @param co for {@link #SEQUENCE}, the orders where b came after a */
    double weight(double co, double ca, double cb, double n) {
        return switch (this) {
            case CO_OCCURRENCE -> co;
            case COSINE -> co / Math.sqrt(ca * cb);
            case CONFIDENCE, SEQUENCE -> co / ca;
            case LIFT -> co * n / (ca * cb);
            case JACCARD -> co / (ca + cb - co);
            case INCLUSION -> co / Math.min(ca, cb);
            case WILSON -> wilsonLowerBound(co, ca);
            case MUTUAL_INFORMATION -> mutualInformation(co, ca, cb, n);
        };
    }

    static double wilsonLowerBound(double successes, double trials) {
        double p = successes / trials;
        double z2 = WILSON_Z * WILSON_Z;
        double centre = p + z2 / (2 * trials);
        double margin = WILSON_Z * Math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials));
        return (centre - margin) / (1 + z2 / trials);
    }

    static double mutualInformation(double co, double ca, double cb, double n) {
        if (co * n <= ca * cb) {
            return 0;
        }
        double pa = ca / n;
        double pb = cb / n;
        double p11 = co / n;
        double p10 = pa - p11;
        double p01 = pb - p11;
        double p00 = 1 - pa - pb + p11;
        return term(p11, pa, pb) + term(p10, pa, 1 - pb) + term(p01, 1 - pa, pb) + term(p00, 1 - pa, 1 - pb);
    }

    private static double term(double joint, double px, double py) {
        return joint <= 0 ? 0 : joint * Math.log(joint / (px * py));
    }
}
