package com.cartwise.domain.recommend.scoring;

import com.cartwise.domain.recommend.CoOccurrenceModel;
import com.cartwise.domain.recommend.DecayedCounts;
import com.cartwise.domain.recommend.DenseBaskets;
import com.cartwise.domain.recommend.WeightedCounts;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What scorers weigh pairs from: the counts of a set of orders, and the counts some scorers need
 * besides, computed from the orders on first use (or restored with a stored model, which keeps
 * no orders). It remembers which of those were read, so that a model keeps exactly what its
 * scorer needs.
 */
public final class TrainingCounts {
    private final CoOccurrenceModel model;
    private final DenseBaskets baskets;
    private final long newestEpochSecond;
    private final Map<String, Object> derived = new HashMap<>();
    private ScorerInputs used = ScorerInputs.NONE;

    private TrainingCounts(CoOccurrenceModel model, DenseBaskets baskets, ScorerInputs given) {
        this.model = model;
        this.baskets = baskets;
        long newest = Long.MIN_VALUE;
        for (int u = 0; baskets != null && u < baskets.size(); u++) {
            newest = Math.max(newest, baskets.placedAtEpochSecond(u));
        }
        this.newestEpochSecond = newest;
        given.after().ifPresent(a -> derived.put("after", a));
        given.bySize().ifPresent(w -> derived.put("size", w));
        given.decayed().ifPresent(d -> derived.put("decay:" + d.halfLifeDays(), d));
    }

    /** Counts the orders. */
    public static TrainingCounts learn(DenseBaskets baskets) {
        return new TrainingCounts(CoOccurrenceModel.learn(baskets), baskets, ScorerInputs.NONE);
    }

    /** Counts kept by a model, without the orders: only what {@code inputs} holds can be read. */
    public static TrainingCounts restored(CoOccurrenceModel model, ScorerInputs inputs) {
        return new TrainingCounts(model, null, inputs);
    }

    public CoOccurrenceModel model() {
        return model;
    }

    /** What was read so far besides the plain counts. */
    public synchronized ScorerInputs used() {
        return used;
    }

    /** Each basket weighing 1 / its size: the random walk item, basket, item of RP3beta. */
    public synchronized WeightedCounts bySize() {
        WeightedCounts w = (WeightedCounts) derived.computeIfAbsent("size", k -> WeightedCounts.bySize(model, orders(k)));
        used = new ScorerInputs(used.after(), Optional.of(w), used.decayed());
        return w;
    }

    /** Each basket weighing 2^(-age / half-life), its age counted back from the newest basket. */
    public synchronized DecayedCounts decayed(double halfLifeDays) {
        DecayedCounts d = (DecayedCounts) derived.computeIfAbsent("decay:" + halfLifeDays,
                k -> DecayedCounts.of(model, orders(k), halfLifeDays, newestEpochSecond));
        used = new ScorerInputs(used.after(), used.bySize(), Optional.of(d));
        return d;
    }

    /** Per pair entry (a, b): the baskets in which b came after a. */
    public synchronized int[] after() {
        int[] a = (int[]) derived.computeIfAbsent("after", k -> model.after(orders(k)));
        used = new ScorerInputs(Optional.of(a), used.bySize(), used.decayed());
        return a;
    }

    private DenseBaskets orders(String needed) {
        if (baskets == null) {
            throw new IllegalStateException("a stored model kept no " + needed + " counts, and its orders are not at hand");
        }
        return baskets;
    }
}
