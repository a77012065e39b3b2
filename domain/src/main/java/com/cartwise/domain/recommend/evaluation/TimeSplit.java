package com.cartwise.domain.recommend.evaluation;

import com.cartwise.domain.orders.Baskets;

/**
 * The oldest orders train, the newer ones validate, so that no future order leaks into a model
 * under test. Orders are sorted by time (stably: orders of one instant keep their order) and cut
 * at floor(size * trainShare).
 */
public record TimeSplit(Baskets training, Baskets validation) {

    public static TimeSplit of(Baskets baskets, double trainShare) {
        Baskets sorted = baskets.oldestFirst();
        int split = (int) Math.floor(sorted.size() * trainShare);
        return new TimeSplit(sorted.slice(0, split), sorted.slice(split, sorted.size()));
    }
}
