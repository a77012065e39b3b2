package com.cartwise.domain.bundles.ranking;

import com.cartwise.domain.InvalidInputException;
import java.util.EnumMap;
import java.util.Map;

/**
 * How much each feature counts in a bundle's score: non-negative weights that sum to 1 (within
 * 1e-9), so a score is a weighted mean in [0, 1].
 */
public record RankingWeights(double confidence, double coVisitation, double lift, double inventory, double priceSanity) {
    private static final double TOLERANCE = 1e-9;

    /** The reference generator's weights. */
    public static final RankingWeights DEFAULTS = new RankingWeights(0.40, 0.20, 0.20, 0.10, 0.10);

    public RankingWeights {
        double[] weights = {confidence, coVisitation, lift, inventory, priceSanity}; // in Feature's declaration order
        for (Feature feature : Feature.values()) {
            double w = weights[feature.ordinal()];
            InvalidInputException.require(w >= 0 && w <= 1, "weights." + feature.wireName(), "must be in [0, 1], but was " + w);
        }
        double sum = confidence + coVisitation + lift + inventory + priceSanity;
        InvalidInputException.require(Math.abs(sum - 1) <= TOLERANCE, "weights", "must sum to 1, but sum to " + sum);
    }

    public double of(Feature feature) {
        return new Features(confidence, coVisitation, lift, inventory, priceSanity).of(feature);
    }

    /**
     * These weights with one feature set to {@code weight} and the others scaled by
     * (1 − weight) / (their sum), so they keep their proportions and the total stays 1. With the
     * defaults, inventory at 0.25 scales the others by 0.75 / 0.9: confidence 1/3, co-visitation
     * and lift 1/6 each, price sanity 1/12.
     */
    public RankingWeights withFixed(Feature feature, double weight) {
        InvalidInputException.require(weight >= 0 && weight <= 1, "weights." + feature.wireName(), "must be in [0, 1], but was " + weight);
        double others = 1 - of(feature);
        InvalidInputException.require(others > TOLERANCE || weight == 1, "weights",
                "cannot give " + feature.wireName() + " " + weight + " when every other weight is 0");
        double scale = others > TOLERANCE ? (1 - weight) / others : 0;
        Map<Feature, Double> w = new EnumMap<>(Feature.class);
        for (Feature f : Feature.values()) {
            w.put(f, f == feature ? weight : of(f) * scale);
        }
        return new RankingWeights(w.get(Feature.CONFIDENCE), w.get(Feature.CO_VISITATION), w.get(Feature.LIFT), w.get(Feature.INVENTORY),
                w.get(Feature.PRICE_SANITY));
    }

    public double score(Features f) {
        return confidence * f.confidence() + coVisitation * f.coVisitation() + lift * f.lift() + inventory * f.inventory()
                + priceSanity * f.priceSanity();
    }
}
