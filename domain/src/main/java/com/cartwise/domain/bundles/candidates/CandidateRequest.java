package com.cartwise.domain.bundles.candidates;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.bundles.enrichment.OrderSale;
import com.cartwise.domain.bundles.objectives.FlaggedShop;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What candidate generation works from: the flagged shop, the same orders enrichment read, the
 * recommender's top pairs (may be empty), and what the run targets.
 */
public record CandidateRequest(FlaggedShop shop, List<OrderSale> orders, List<RecommenderPair> recommenderPairs,
                               Set<Objective> objectives, Set<BundleType> types) {
    public CandidateRequest {
        InvalidInputException.require(shop != null, "shop", "is required");
        orders = List.copyOf(orders);
        recommenderPairs = List.copyOf(recommenderPairs);
        InvalidInputException.require(objectives != null && !objectives.isEmpty(), "objectives", "a run targets at least one objective");
        InvalidInputException.require(types != null && !types.isEmpty(), "types", "a run makes at least one bundle type");
        objectives = Set.copyOf(EnumSet.copyOf(objectives));
        types = Set.copyOf(EnumSet.copyOf(types));
    }
}
