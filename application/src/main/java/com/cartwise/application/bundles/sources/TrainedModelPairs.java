package com.cartwise.application.bundles.sources;

import com.cartwise.application.port.ModelStore;
import com.cartwise.application.port.RecommenderPairs;
import com.cartwise.domain.bundles.candidates.RecommenderPair;
import com.cartwise.domain.recommend.CoOccurrenceModel;
import com.cartwise.domain.recommend.scoring.NeighbourTable;
import com.cartwise.domain.recommend.serving.TrainedModel;
import com.cartwise.domain.shop.ShopId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The recommender's top pairs from the shop's newest stored model: for each variant, the partners
 * the till would recommend for a cart of that variant alone, weighted by the scorer the model
 * ranks with (its pruned neighbour table). The one place that knows how the recommender's model is read, so that a reworked
 * recommender changes only this class.
 */
public final class TrainedModelPairs implements RecommenderPairs {
    private final ModelStore models;

    public TrainedModelPairs(ModelStore models) {
        this.models = models;
    }

    @Override
    public List<RecommenderPair> topPairs(ShopId shop, int perVariant) {
        if (perVariant < 1) {
            throw new IllegalArgumentException("at least one partner per variant, but asked for " + perVariant);
        }
        return models.latest(shop).map(model -> pairs(model, perVariant)).orElse(List.of());
    }

    private static List<RecommenderPair> pairs(TrainedModel trained, int perVariant) {
        CoOccurrenceModel counts = trained.model().counts();
        NeighbourTable table = trained.model().table();
        Set<Long> seen = new HashSet<>();
        List<RecommenderPair> pairs = new ArrayList<>();
        for (int a = 0; a < table.variants(); a++) {
            for (int entry : strongest(table, a, perVariant)) {
                int b = table.neighbourAt(entry);
                int low = Math.min(a, b);
                int high = Math.max(a, b);
                if (seen.add(((long) low << 32) | high)) {
                    pairs.add(new RecommenderPair(counts.variantId(low), counts.variantId(high), table.weightAt(entry)));
                }
            }
        }
        return pairs;
    }

    /** The row's entries a cart of this variant alone would rank first: heaviest first, ties to the lower index (rows are in index order). */
    private static int[] strongest(NeighbourTable table, int a, int limit) {
        Integer[] entries = new Integer[table.rowEnd(a) - table.rowStart(a)];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = table.rowStart(a) + i;
        }
        Arrays.sort(entries, Comparator.comparingDouble((Integer e) -> table.weightAt(e)).reversed().thenComparingInt(e -> e));
        return Arrays.stream(entries).limit(limit).mapToInt(Integer::intValue).toArray();
    }
}
