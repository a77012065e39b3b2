package com.cartwise.domain.bundles.ranking;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.bundles.Objective;
import java.util.EnumMap;
import java.util.Map;

/**
 * The weights of each objective: the base weights, with one feature raised for the objectives
 * that care most about it (the others renormalised, see {@link RankingWeights#withFixed}).
 */
public record ObjectiveWeighting(RankingWeights base, Map<Objective, Emphasis> emphases) {
    /** One feature given a fixed weight. */
    public record Emphasis(Feature feature, double weight) {
        public Emphasis {
            InvalidInputException.require(feature != null, "emphasis.feature", "is required");
            InvalidInputException.require(weight >= 0 && weight <= 1, "emphasis.weight", "must be in [0, 1], but was " + weight);
        }
    }

    /**
     * The reference generator's: clearing slow movers weighs inventory 0.25, margin guard weighs
     * price sanity 0.25, raising the order value weighs co-visitation 0.25.
     */
    public static final ObjectiveWeighting DEFAULTS = new ObjectiveWeighting(RankingWeights.DEFAULTS, Map.of(
            Objective.CLEAR_SLOW_MOVERS, new Emphasis(Feature.INVENTORY, 0.25),
            Objective.MARGIN_GUARD, new Emphasis(Feature.PRICE_SANITY, 0.25),
            Objective.INCREASE_AOV, new Emphasis(Feature.CO_VISITATION, 0.25)));

    public ObjectiveWeighting {
        InvalidInputException.require(base != null, "weights", "are required");
        emphases = emphases.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(emphases));
        emphases.forEach((objective, emphasis) -> base.withFixed(emphasis.feature(), emphasis.weight()));
    }

    public RankingWeights weightsFor(Objective objective) {
        Emphasis emphasis = emphases.get(objective);
        return emphasis == null ? base : base.withFixed(emphasis.feature(), emphasis.weight());
    }
}
