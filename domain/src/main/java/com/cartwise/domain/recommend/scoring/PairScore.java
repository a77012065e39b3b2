package com.cartwise.domain.recommend.scoring;

/** How strongly a candidate goes with one cart item: the rows of an item-item weight matrix. */
public sealed interface PairScore permits CountScore, Rp3Beta, Ease {

    /** The name used in reports, the APIs and the database, parameters included: {@code rp3beta(alpha=1,beta=0.5)}. */
    String wireName();

    /** Lower is simpler; an evaluation tie goes to the simpler score. */
    int simplicity();

    RowWeigher weigher(TrainingCounts counts);
}
