package com.cartwise.application.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.application.SkiShop;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.application.recommend.TrainRecommender;
import com.cartwise.domain.bundles.candidates.RecommenderPair;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The recommender's top pairs of the ski shop (see {@link SkiShop}): variant ids 1 WAX, 2 GLV-M,
 * 3 GLV-L, 4 GOG, 5 BEA, 6 BAG; by co-occurrence WAX-GOG 2, every other pair 1.
 */
class TrainedModelPairsTest {

    @Test
    void eachVariantsBestPartnerByTheModelsScorerMakesAPairCountedOnce() {
        InMemoryCartwise cartwise = SkiShop.imported();
        cartwise.trainRecommender.execute(new TrainRecommender.Command(SkiShop.ID, Optional.of("co_occurrence")));

        List<RecommenderPair> pairs = cartwise.recommenderPairs.topPairs(SkiShop.ID, 1);

        // WAX's best is GOG (2); GLV-M and BAG tie WAX with GOG at 1 and take the lower id, WAX; GOG's best, WAX, is a pair already.
        assertEquals(List.of(new RecommenderPair(1, 4, 2), new RecommenderPair(1, 2, 1), new RecommenderPair(1, 3, 1),
                new RecommenderPair(1, 5, 1), new RecommenderPair(1, 6, 1)), pairs);
    }

    @Test
    void aShopWithoutAModelHasNoPairs() {
        assertEquals(List.of(), SkiShop.imported().recommenderPairs.topPairs(SkiShop.ID, 5));
    }
}
