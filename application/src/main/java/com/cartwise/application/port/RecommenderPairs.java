package com.cartwise.application.port;

import com.cartwise.domain.bundles.candidates.RecommenderPair;
import com.cartwise.domain.shop.ShopId;
import java.util.List;

/** The recommender's strongest pairs of a shop, which bundle candidates start from beside mining. */
public interface RecommenderPairs {

    /**
     * Each variant's best {@code perVariant} partners by the score the shop's model ranks with,
     * every pair once; none when the shop has no trained model.
     */
    List<RecommenderPair> topPairs(ShopId shop, int perVariant);
}
