package com.cartwise.rest.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.Api.Response;
import com.cartwise.rest.ApiTest;
import com.cartwise.rest.Json;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/*
 * The ski shop's model ranked by cosine (see ApiTest#givenSkiShopRankingByCosine for its counts).
 * The product ski-poles is POLE-120 and POLE-130 (out of stock).
 */
@MicronautTest
class RecommendForProductApiTest extends ApiTest {
    static final double DELTA = 1e-12;

    static String productPage(String shopId) {
        return "/api/v1/shops/" + shopId + "/recommendations/product";
    }

    @Test
    void offersWhatAnyVariantOfTheProductWasBoughtWithButNoneOfItsVariantsWithTheEvidence() {
        givenSkiShopRankingByCosine("poles-shop");

        Response answer = api.post(productPage("poles-shop"), """
                {"handle": "ski-poles"}""");

        // WAX: 3/sqrt(3*8) with POLE-120 + 1/sqrt(1*8) with POLE-130 = 0.966, explained by POLE-120 (0.612);
        // GLOVE: 1/sqrt(3*4) with POLE-120 = 0.289; then the best seller left: GOG. Never POLE-120 or POLE-130.
        assertEquals(200, answer.status());
        Json body = answer.body();
        assertEquals(List.of("WAX", "GLOVE", "GOG"), RecommendationsApiTest.skus(body));
        assertEquals(3 / Math.sqrt(24) + 1 / Math.sqrt(8), body.decimal("recommendations[0].score"), DELTA);
        assertEquals(1 / Math.sqrt(12), body.decimal("recommendations[1].score"), DELTA);
        assertEquals(0.0, body.decimal("recommendations[2].score"));
        assertEquals(List.of("co_purchase", "co_purchase", "popularity"), sources(body));
        assertEquals("co_purchase", body.text("source"));
        assertEquals("Bought together with this product.", body.text("reason"));
        // Lift: 3 * 10 / (3 * 8) = 1.25.
        assertEquals("Bought with Ski Poles - 120 cm in 3 of 3 orders (1.3× chance)", body.text("recommendations[0].reason"));
        assertEquals(3, body.number("recommendations[0].evidence.orders_with_cart_item"));
        assertTrue(body.isNull("recommendations[2].evidence"));
        assertEquals("Best seller: in 3 of 10 orders", body.text("recommendations[2].reason"));
    }

    @Test
    void offersWhatOneVariantWasBoughtWithByItsShopifyVariantIdAndHonoursTheLimit() {
        givenSkiShopRankingByCosine("goggles-shop");

        Json body = api.post(productPage("goggles-shop"), """
                {"shopify_variant_id": 1004, "limit": 2}""").body();

        // GOG: GLOVE 2/sqrt(3*4) = 0.577, WAX 1/sqrt(3*8) = 0.204.
        assertEquals(List.of("GLOVE", "WAX"), RecommendationsApiTest.skus(body));
        assertEquals(2 / Math.sqrt(12), body.decimal("recommendations[0].score"), DELTA);
    }

    @Test
    void answersInTheSameShapeAsACart() {
        givenSkiShopRankingByCosine("same-shape-shop");

        Json page = api.post(productPage("same-shape-shop"), """
                {"sku": "GOG", "limit": 1}""").body();
        Json cart = api.post(RecommendationsApiTest.recommendations("same-shape-shop"), """
                {"items": [{"sku": "GOG"}], "limit": 1}""").body();

        // GOG's best neighbour either way: GLOVE, with the same evidence
        assertEquals(cart.fields(), page.fields());
        for (String part : List.of("recommendations[0]", "recommendations[0].variant", "recommendations[0].evidence")) {
            assertEquals(cart.fields(part), page.fields(part), part);
        }
        assertEquals(cart.text("recommendations[0].reason"), page.text("recommendations[0].reason"));
    }

    @Test
    void answersFromTheStoreAsFromMemory() {
        givenSkiShopRankingByCosine("page-reloaded-shop");
        String page = """
                {"handle": "ski-poles"}""";
        Response fromMemory = api.post(productPage("page-reloaded-shop"), page);
        cartwise.servingModels.evict(ShopId.of("page-reloaded-shop"));

        Response fromStore = api.post(productPage("page-reloaded-shop"), page);

        assertEquals(fromMemory.body().withoutRecommendationId(), fromStore.body().withoutRecommendationId());
    }

    @Test
    void answers404NamingAProductOrVariantTheShopDoesNotHave() {
        givenSkiShopRankingByCosine("missing-product-shop");

        Response noProduct = api.post(productPage("missing-product-shop"), """
                {"handle": "snowboard"}""");
        Response noVariant = api.post(productPage("missing-product-shop"), """
                {"variant_id": 999999}""");

        assertEquals(404, noProduct.status());
        assertEquals("application/problem+json", noProduct.contentType());
        assertEquals("urn:cartwise:problem:product-not-found", noProduct.body().text("type"));
        assertEquals("Shop 'missing-product-shop' has no product with handle 'snowboard'", noProduct.body().text("detail"));
        assertEquals(404, noVariant.status());
        assertEquals("Shop 'missing-product-shop' has no variant with variant_id 999999", noVariant.body().text("detail"));
    }

    @Test
    void answers404ForAnUnknownShop() {
        Response missing = api.post(productPage("no-such-shop"), """
                {"handle": "ski-poles"}""");

        assertEquals(404, missing.status());
        assertEquals("urn:cartwise:problem:shop-not-found", missing.body().text("type"));
    }

    @Test
    void answersNothingButWhyForAShopWithoutAModel() {
        givenSkiShopWithHistory("page-untrained-shop");

        Json body = api.post(productPage("page-untrained-shop"), """
                {"handle": "ski-poles"}""").body();

        assertEquals(0, body.number("model_version"));
        assertEquals(0, body.size("recommendations"));
        assertEquals("popularity", body.text("source"));
        assertEquals("The shop has no model yet: train one from its orders.", body.text("reason"));
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class BadRequests {

        void assertBadRequestNaming(String field, String json) {
            assertInvalidInputNaming(field, api.post(productPage("poles-shop"), json));
        }

        @Test
        void refusesAPageThatNamesNothing() {
            assertBadRequestNaming("product", "{}");
            assertBadRequestNaming("product", "{\"limit\": 3}");
        }

        @Test
        void refusesAPageThatNamesItsProductTwoWays() {
            assertBadRequestNaming("product", """
                    {"handle": "ski-poles", "sku": "POLE-120"}""");
        }

        @Test
        void refusesABlankHandleOrSkuAndIdsThatCannotBeOnes() {
            assertBadRequestNaming("handle", """
                    {"handle": " "}""");
            assertBadRequestNaming("sku", """
                    {"sku": ""}""");
            assertBadRequestNaming("shopify_variant_id", """
                    {"shopify_variant_id": -1}""");
            assertBadRequestNaming("variant_id", """
                    {"variant_id": 0}""");
        }

        @Test
        void refusesALimitOutsideOneToFifty() {
            assertBadRequestNaming("limit", """
                    {"handle": "ski-poles", "limit": 0}""");
            assertBadRequestNaming("limit", """
                    {"handle": "ski-poles", "limit": 51}""");
        }

        @Test
        void refusesAShopIdThatCannotBeOne() {
            Response answer = api.post(productPage("Poles-Shop"), """
                    {"handle": "ski-poles"}""");

            assertEquals(400, answer.status());
            assertEquals("shop_id", answer.body().text("field"));
        }
    }

    private static List<String> sources(Json body) {
        return IntStream.range(0, body.size("recommendations"))
                .mapToObj(i -> body.text("recommendations[" + i + "].source")).toList();
    }
}
