package com.cartwise.domain.recommend.learning;

import com.cartwise.domain.orders.Baskets;
import com.cartwise.domain.recommend.CoOccurrenceModel;
import com.cartwise.domain.recommend.CountsMerge;
import com.cartwise.domain.recommend.DecayedCounts;
import com.cartwise.domain.recommend.DenseBaskets;
import com.cartwise.domain.recommend.WeightedCounts;
import com.cartwise.domain.recommend.scoring.NeighbourTable;
import com.cartwise.domain.recommend.scoring.Popularity;
import com.cartwise.domain.recommend.scoring.Scorer;
import com.cartwise.domain.recommend.scoring.ScorerInputs;
import com.cartwise.domain.recommend.scoring.TrainingCounts;

/**
 * What a shop's model knows: the counts (for evidence, best sellers and updates), the scorer it
 * ranks by, that scorer's neighbour table, and the extra counts the scorer needs to weigh the
 * table again when orders are added. Immutable: adding orders makes a new one.
 */
public final class LearnedModel {
    private final CoOccurrenceModel counts;
    private final Scorer scorer;
    private final int neighbours;
    private final NeighbourTable table;
    private final ScorerInputs inputs;
    private final Popularity popularity;

    public LearnedModel(CoOccurrenceModel counts, Scorer scorer, int neighbours, NeighbourTable table, ScorerInputs inputs) {
        if (counts == null || scorer == null || table == null || inputs == null || table.variants() != counts.variants()) {
            throw new IllegalArgumentException("corrupt model: a learned model has counts, a scorer, its table and inputs");
        }
        this.counts = counts;
        this.scorer = scorer;
        this.neighbours = neighbours;
        this.table = table;
        this.inputs = inputs;
        this.popularity = Popularity.of(counts);
    }

    /** Weighs the scorer's table from the counts. */
    public static LearnedModel build(TrainingCounts counts, Scorer scorer, int neighbours) {
        NeighbourTable table = scorer.table(counts, neighbours);
        return new LearnedModel(counts.model(), scorer, neighbours, table, counts.used());
    }

    public CoOccurrenceModel counts() {
        return counts;
    }

    public Scorer scorer() {
        return scorer;
    }

    public int neighbours() {
        return neighbours;
    }

    public NeighbourTable table() {
        return table;
    }

    public ScorerInputs inputs() {
        return inputs;
    }

    public Popularity popularity() {
        return popularity;
    }

    /**
     * This model with new orders counted in, its table weighed again from the summed counts (only
     * the rows the orders can change, when the scorer weighs pairs locally): what a full
     * retraining on the same scorer would learn, without reading the old orders again.
     */
    public LearnedModel plus(Baskets added) {
        if (added.isEmpty()) {
            return this;
        }
        DenseBaskets orders = DenseBaskets.of(added);
        CoOccurrenceModel addedCounts = CoOccurrenceModel.learn(orders);
        CountsMerge merge = CountsMerge.of(counts, addedCounts);
        ScorerInputs addedInputs = new ScorerInputs(
                inputs.after().map(a -> addedCounts.after(orders)),
                inputs.bySize().map(w -> WeightedCounts.bySize(addedCounts, orders)),
                inputs.decayed().map(d -> DecayedCounts.of(addedCounts, orders, d.halfLifeDays(), d.referenceEpochSecond())));
        ScorerInputs summed = inputs.plus(addedInputs, merge);
        TrainingCounts counts = TrainingCounts.restored(merge.merged(), summed);
        if (!scorer.score().weighsPairsLocally()) {
            return build(counts, scorer, neighbours);
        }
        NeighbourTable reweighed = table.reweighed(merge.merged().variants(), merge.oldIndex(), merge.addedIndex(),
                scorer.score().weigher(counts), neighbours);
        return new LearnedModel(counts.model(), scorer, neighbours, reweighed, counts.used());
    }

    /** Memory held by the model's arrays, as served. */
    public long bytes() {
        CoOccurrenceModel c = counts;
        long countBytes = 8L * c.variants() + 4L * c.variants() + 4L * (c.variants() + 1) + 8L * c.pairEntries();
        // popularity order: one int per variant
        return countBytes + table.bytes() + inputs.bytes() + 4L * c.variants();
    }
}
