package com.cartwise.rest.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.Api.Response;
import com.cartwise.rest.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The path off the event loop: a shop whose model is not in memory (a restart, a changed
 * catalogue) is answered from the store exactly as from memory, and stays served from memory.
 */
@MicronautTest
class RecommendationsFromStoreApiTest extends ApiTest {
    private static final String WAX_CART = """
            {"items": [{"sku": "WAX"}], "limit": 3}""";

    @Test
    void loadsAModelThatIsNotInMemoryAndAnswersAsFromMemory() {
        givenSkiShopWithHistory("reloaded-shop");
        assertEquals(201, api.post("/api/v1/shops/reloaded-shop/models?wait=true", "{\"metric\": \"cosine\"}").status());
        Response fromMemory = api.post(RecommendationsApiTest.recommendations("reloaded-shop"), WAX_CART);
        cartwise.servingModels.evict(ShopId.of("reloaded-shop"));

        Response fromStore = api.post(RecommendationsApiTest.recommendations("reloaded-shop"), WAX_CART);

        assertEquals(200, fromStore.status());
        assertEquals(List.of("POLE-120", "GLOVE", "GOG"), RecommendationsApiTest.skus(fromStore.body()));
        assertEquals(fromMemory.body().withoutRecommendationId(), fromStore.body().withoutRecommendationId());
        assertTrue(cartwise.servingModels.loaded(ShopId.of("reloaded-shop")).isPresent());
    }
}
