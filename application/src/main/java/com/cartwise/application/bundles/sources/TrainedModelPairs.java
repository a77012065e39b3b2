package com.cartwise.application.bundles.sources;

import com.cartwise.application.port.ModelStore;
import com.cartwise.application.port.RecommenderPairs;
import com.cartwise.domain.bundles.candidates.RecommenderPair;
import com.cartwise.domain.recommend.CoOccurrenceModel;
import com.cartwise.domain.recommend.Metric;
import com.cartwise.domain.recommend.TrainedModel;
import com.cartwise.domain.shop.ShopId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The recommender's top pairs from the shop's newest stored model: for each variant, the partners
 * the till would recommend for a cart of that variant alone, scored by the metric the model
 * ranks with. The one place that knows how the recommender's model is read, so that a reworked
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

    private static List<RecommenderPair> pairs(TrainedModel model, int perVariant) {
        CoOccurrenceModel counts = model.counts();
        Metric metric = model.metric();
        Comparator<CoOccurrenceModel.Candidate> byIndex = Comparator.comparingInt(CoOccurrenceModel.Candidate::index);
        Set<Long> seen = new HashSet<>();
        List<RecommenderPair> pairs = new ArrayList<>();
        for (int a = 0; a < counts.variants(); a++) {
            for (CoOccurrenceModel.Candidate b : counts.rank(new int[] {a}, metric, perVariant, i -> true, byIndex)) {
                int low = Math.min(a, b.index());
                int high = Math.max(a, b.index());
                if (seen.add(((long) low << 32) | high)) {
                    pairs.add(new RecommenderPair(counts.variantId(low), counts.variantId(high), b.score()));
                }
            }
        }
        return pairs;
    }
}
