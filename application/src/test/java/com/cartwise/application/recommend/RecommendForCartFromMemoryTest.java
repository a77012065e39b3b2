package com.cartwise.application.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.SkiShop;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.domain.catalog.VariantKey;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A server's I/O thread may answer from memory only: executeIfServed never reaches for the store. */
class RecommendForCartFromMemoryTest {
    private static final RecommendForCart.Command WAX_CART =
            new RecommendForCart.Command(SkiShop.ID, List.of(new VariantKey.BySku("WAX")), 3);

    @Test
    void answersExactlyAsExecuteWhenTheShopsModelIsInMemory() {
        InMemoryCartwise cartwise = SkiShop.imported();
        cartwise.trainRecommender.execute(new TrainRecommender.Command(SkiShop.ID, Optional.of("lift")));

        Optional<RecommendForCart.Result> fromMemory = cartwise.recommendForCart.executeIfServed(WAX_CART);

        assertEquals(Answers.ignoringId(Optional.of(cartwise.recommendForCart.execute(WAX_CART))), Answers.ignoringId(fromMemory));
    }

    @Test
    void declinesUntilTheModelHasBeenLoadedFromTheStore() {
        InMemoryCartwise cartwise = SkiShop.imported();
        cartwise.trainRecommender.execute(new TrainRecommender.Command(SkiShop.ID, Optional.of("lift")));
        cartwise.servingModels.evict(SkiShop.ID);

        Optional<RecommendForCart.Result> beforeLoading = cartwise.recommendForCart.executeIfServed(WAX_CART);
        RecommendForCart.Result loaded = cartwise.recommendForCart.execute(WAX_CART);

        assertEquals(Optional.empty(), beforeLoading);
        assertEquals(Answers.ignoringId(Optional.of(loaded)), Answers.ignoringId(cartwise.recommendForCart.executeIfServed(WAX_CART)));
    }

    @Test
    void declinesForAShopWithoutAModelOrUnknownSinceOnlyTheStoreCanTell() {
        InMemoryCartwise cartwise = SkiShop.imported();

        assertTrue(cartwise.recommendForCart.executeIfServed(WAX_CART).isEmpty());
        assertTrue(cartwise.servingModels.loaded(SkiShop.ID).isEmpty());
    }
}
