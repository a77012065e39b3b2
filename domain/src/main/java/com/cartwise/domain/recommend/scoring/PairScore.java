package com.cartwise.domain.recommend.scoring;

/** How strongly a candidate goes with one cart item: the rows of an item-item weight matrix. */
public sealed interface PairScore permits CountScore, Rp3Beta, Ease {

    /** The name used in reports, the APIs and the database, parameters included: {@code rp3beta(alpha=1,beta=0.5)}. */
    String wireName();

    /** Lower is simpler; an evaluation tie goes to the simpler score. */
    int simplicity();

    RowWeigher weigher(TrainingCounts counts);

    /**
     * Whether a weight w(a, b) reads only the counts of a, of b and of the pair (never the shop's
     * total, the newest order's date or a solve over many variants), and never grows when only b
     * sells more. Then orders added to a model change only the rows of the variants they hold and
     * the rows that kept one of those as a neighbour, and an update weighs only those again
     * ({@link NeighbourTable#reweighed}); otherwise it weighs every row.
     */
    boolean weighsPairsLocally();
}
