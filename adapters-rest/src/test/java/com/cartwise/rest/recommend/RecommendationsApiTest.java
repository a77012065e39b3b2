package com.cartwise.rest.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.Api.Response;
import com.cartwise.rest.ApiTest;
import com.cartwise.rest.Json;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/*
 * The ski shop's model ranked by cosine: see ApiTest#givenSkiShopRankingByCosine for its counts.
 */
@MicronautTest
class RecommendationsApiTest extends ApiTest {
    static final double DELTA = 1e-12;

    static String recommendations(String shopId) {
        return "/api/v1/shops/" + shopId + "/recommendations";
    }

    long variantId(String shopId, String sku) {
        return cartwise.catalog.all(ShopId.of(shopId)).stream().filter(v -> v.sku().equals(sku)).mapToLong(Variant::id)
                .findFirst().orElseThrow();
    }

    @Test
    void anItemABasketFileNamedWithoutAPriceIsOfferedWithNoPriceUntilAProductsExportPricesIt() {
        givenShop("basket-till");
        String baskets = "wax,poles\n".repeat(6) + "wax,gloves\n".repeat(4) + "poles,gloves\n";
        assertEquals(201, api.uploadAndWait(imports("basket-till") + "?type=baskets", "baskets.csv", baskets).status());
        assertEquals(201, api.uploadAndWait(imports("basket-till"), "products_export.csv", """
                Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Price
                poles,Poles,Title,Default Title,poles,25.00
                """).status());
        assertEquals(201, api.post("/api/v1/shops/basket-till/models?wait=true", "{\"metric\": \"co_occurrence\"}").status());

        Json answer = api.post(recommendations("basket-till"), """
                {"items": [{"sku": "wax"}]}""").body();

        // poles were bought with wax 6 times, gloves 4 times
        assertEquals(List.of("poles", "gloves"), skus(answer));
        assertEquals("25.00", answer.text("recommendations[0].price.amount"));
        assertTrue(answer.isNull("recommendations[1].price"), "the gloves came without a price: " + answer.text());
    }

    @Test
    void offersWhatWasBoughtWithTheCartItemBestFirstWithEveryKeyAndTheEvidence() {
        givenSkiShopRankingByCosine("wax-shop");

        Response answer = api.post(recommendations("wax-shop"), """
                {"items": [{"sku": "WAX"}]}""");

        assertEquals(200, answer.status());
        Json body = answer.body();
        assertEquals(1, body.number("model_version"));
        assertEquals("cosine", body.text("metric"));
        // POLE-120: 3/sqrt(8*3) = 0.612; GLOVE: 2/sqrt(8*4) = 0.354; GOG: 1/sqrt(8*3) = 0.204.
        // POLE-130 (1/sqrt(8*1) = 0.354) is out of stock; WAX is the cart itself.
        assertEquals(List.of("POLE-120", "GLOVE", "GOG"), skus(body));
        assertEquals(3 / Math.sqrt(24), body.decimal("recommendations[0].score"), DELTA);
        assertEquals(2 / Math.sqrt(32), body.decimal("recommendations[1].score"), DELTA);
        assertEquals(1 / Math.sqrt(24), body.decimal("recommendations[2].score"), DELTA);

        String poles = "recommendations[0]";
        assertEquals(variantId("wax-shop", "POLE-120"), body.number(poles + ".variant.variant_id"));
        assertEquals(1002, body.number(poles + ".variant.shopify_variant_id"));
        assertEquals("ski-poles", body.text(poles + ".variant.handle"));
        assertEquals(List.of("120 cm"), body.texts(poles + ".variant.option_values"));
        assertEquals("Ski Poles", body.text(poles + ".product_title"));
        assertEquals("120 cm", body.text(poles + ".variant_title"));
        assertEquals("40.00", body.text(poles + ".price.amount"));
        assertEquals("EUR", body.text(poles + ".price.currency_code"));
        assertEquals(5, body.number(poles + ".inventory_quantity"));
        // Lift: 3 * 10 orders / (8 * 3) = 1.25, shown to one decimal.
        assertEquals("Bought with Ski Wax in 3 of 8 orders (1.3× chance)", body.text(poles + ".reason"));
        assertEquals(variantId("wax-shop", "WAX"), body.number(poles + ".evidence.with_variant_id"));
        assertEquals("Ski Wax", body.text(poles + ".evidence.with_product_title"));
        assertEquals(3, body.number(poles + ".evidence.orders_together"));
        assertEquals(8, body.number(poles + ".evidence.orders_with_cart_item"));
        assertEquals(10, body.number(poles + ".evidence.orders_total"));
        assertEquals(1.25, body.decimal(poles + ".evidence.lift"), DELTA);
        assertEquals("co_purchase", body.text(poles + ".source"));
        assertEquals("co_purchase", body.text("source"));
        assertEquals("Bought together with the cart's items.", body.text("reason"));
    }

    @Test
    void answersInExactlyTheShapeOfTheGrpcResponse() {
        givenSkiShopRankingByCosine("shape-shop");

        Json body = api.post(recommendations("shape-shop"), """
                {"items": [{"sku": "WAX"}], "limit": 1}""").body();

        assertEquals(fields("model_version", "metric", "recommendations", "source", "reason", "recommendation_id", "arm"), body.fields());
        assertTrue(body.text("recommendation_id").matches("[0-9a-f]{32}"), body.text("recommendation_id"));
        assertEquals(fields("variant", "product_title", "variant_title", "price", "inventory_quantity", "inventory_tracked", "score",
                "reason", "evidence", "source"), body.fields("recommendations[0]"));
        assertEquals(fields("variant_id", "shopify_variant_id", "sku", "handle", "option_values"),
                body.fields("recommendations[0].variant"));
        assertEquals(fields("amount", "currency_code"), body.fields("recommendations[0].price"));
        assertEquals(fields("with_variant_id", "with_product_title", "orders_together", "orders_with_cart_item",
                "orders_total", "lift"), body.fields("recommendations[0].evidence"));
    }

    @Test
    void sumsTheScoresOverTheCartAndExplainsEachByTheItemThatContributedMost() {
        givenSkiShopRankingByCosine("cart-shop");
        long gloves = variantId("cart-shop", "GLOVE");

        Json body = api.post(recommendations("cart-shop"), """
                {"items": [{"sku": "WAX"}, {"variant_id": %d}], "limit": 2}""".formatted(gloves)).body();

        // POLE-120: 3/sqrt(8*3) from WAX + 1/sqrt(4*3) from GLOVE = 0.901, explained by WAX (0.612).
        // GOG: 1/sqrt(8*3) from WAX + 2/sqrt(4*3) from GLOVE = 0.781, explained by GLOVE (0.577).
        assertEquals(List.of("POLE-120", "GOG"), skus(body));
        assertEquals(3 / Math.sqrt(24) + 1 / Math.sqrt(12), body.decimal("recommendations[0].score"), DELTA);
        assertEquals(1 / Math.sqrt(24) + 2 / Math.sqrt(12), body.decimal("recommendations[1].score"), DELTA);
        assertEquals("Ski Wax", body.text("recommendations[0].evidence.with_product_title"));
        assertEquals(gloves, body.number("recommendations[1].evidence.with_variant_id"));
        assertEquals(2, body.number("recommendations[1].evidence.orders_together"));
        assertEquals(4, body.number("recommendations[1].evidence.orders_with_cart_item"));
        // Lift: 2 * 10 / (4 * 3) = 1.67.
        assertEquals("Bought with Gloves in 2 of 4 orders (1.7× chance)", body.text("recommendations[1].reason"));
    }

    @Test
    void findsTheCartItemByItsShopifyVariantIdAndHonoursTheLimit() {
        givenSkiShopRankingByCosine("pos-shop");

        Json body = api.post(recommendations("pos-shop"), """
                {"items": [{"shopify_variant_id": 1004}], "limit": 1}""").body();

        // GOG: GLOVE 2/sqrt(3*4) = 0.577 beats WAX 1/sqrt(3*8) = 0.204.
        assertEquals(List.of("GLOVE"), skus(body));
        assertEquals(2 / Math.sqrt(12), body.decimal("recommendations[0].score"), DELTA);
    }

    @Test
    void answersNothingButNoErrorForAShopWithoutAModelAndSaysWhy() {
        givenSkiShopWithHistory("untrained-shop");

        Response answer = api.post(recommendations("untrained-shop"), """
                {"items": [{"sku": "WAX"}]}""");

        assertEquals(200, answer.status());
        assertEquals(0, answer.body().number("model_version"));
        assertEquals("", answer.body().text("metric"));
        assertEquals(0, answer.body().size("recommendations"));
        assertEquals("popularity", answer.body().text("source"));
        assertEquals("The shop has no model yet: train one from its orders.", answer.body().text("reason"));
    }

    @Test
    void answersBestSellersWithoutEvidenceButNoErrorForACartTheModelDoesNotKnow() {
        givenSkiShopRankingByCosine("stranger-shop");

        Response answer = api.post(recommendations("stranger-shop"), """
                {"items": [{"sku": "SNOWBOARD"}, {"shopify_variant_id": 999}]}""");

        // Orders holding each: WAX 8 of 10, GLOVE 4, POLE-120 and GOG 3 (best sellers tie by the older variant,
        // POLE-120, listed first in the products export).
        Json body = answer.body();
        assertEquals(200, answer.status());
        assertEquals(1, body.number("model_version"));
        assertEquals(List.of("WAX", "GLOVE", "POLE-120", "GOG"), skus(body));
        assertEquals("popularity", body.text("source"));
        assertEquals("None of the cart's items has been bought with anything yet: best sellers instead.", body.text("reason"));
        assertEquals("Best seller: in 8 of 10 orders", body.text("recommendations[0].reason"));
        assertEquals("popularity", body.text("recommendations[0].source"));
        assertTrue(body.isNull("recommendations[0].evidence"), body.toString());
        assertEquals(0.0, body.decimal("recommendations[0].score"));
    }

    @Test
    void answers404ForAnUnknownShop() {
        Response missing = api.post(recommendations("no-such-shop"), """
                {"items": [{"sku": "WAX"}]}""");

        assertEquals(404, missing.status());
        assertEquals("urn:cartwise:problem:shop-not-found", missing.body().text("type"));
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class BadRequests {

        Response ask(String json) {
            return api.post(recommendations("wax-shop"), json);
        }

        void assertBadRequestNaming(String field, Response answer) {
            assertInvalidInputNaming(field, answer);
        }

        @Test
        void refusesALimitOfZero() {
            assertBadRequestNaming("limit", ask("""
                    {"items": [{"sku": "WAX"}], "limit": 0}"""));
        }

        @Test
        void refusesALimitAboveFifty() {
            assertBadRequestNaming("limit", ask("""
                    {"items": [{"sku": "WAX"}], "limit": 10000}"""));
        }

        @Test
        void refusesAnEmptyCart() {
            assertBadRequestNaming("items", ask("""
                    {"items": [], "limit": 3}"""));
        }

        @Test
        void refusesARequestWithoutCart() {
            assertBadRequestNaming("items", ask("{}"));
        }

        @Test
        void refusesAnItemThatNamesNoVariant() {
            assertBadRequestNaming("items[1]", ask("""
                    {"items": [{"sku": "WAX"}, {"quantity": 2}]}"""));
        }

        @Test
        void refusesAnItemThatNamesItsVariantTwoWays() {
            assertBadRequestNaming("items[0]", ask("""
                    {"items": [{"sku": "WAX", "variant_id": 5}]}"""));
        }

        @Test
        void refusesAVariantIdThatCannotBeOne() {
            assertBadRequestNaming("items[0].variant_id", ask("""
                    {"items": [{"variant_id": 0}]}"""));
        }

        @Test
        void refusesABlankSku() {
            assertBadRequestNaming("items[0].sku", ask("""
                    {"items": [{"sku": "  "}]}"""));
        }

        @Test
        void refusesAShopIdThatCannotBeOne() {
            assertBadRequestNaming("shop_id", api.post(recommendations("Wax-Shop"), """
                    {"items": [{"sku": "WAX"}]}"""));
        }

        @Test
        void refusesMalformedJson() {
            Response answer = ask("{\"items\": [{\"sku\": \"WAX\"}");

            assertEquals(400, answer.status());
            assertEquals("application/problem+json", answer.contentType());
            assertEquals("about:blank", answer.body().text("type"));
        }

        @Test
        void refusesAValueOfTheWrongTypeNamingItsFieldWithoutRevealingTheCode() {
            Response answer = ask("""
                    {"items": [{"sku": "WAX"}], "limit": "three"}""");

            assertEquals(400, answer.status());
            assertEquals("urn:cartwise:problem:invalid-input", answer.body().text("type"));
            assertEquals("limit", answer.body().text("field"));
            assertEquals("limit: must be a whole number from -2147483648 to 2147483647, but was \"three\"", answer.body().text("detail"));
        }

        @Test
        void namesAWrongTypedValueInsideTheCartByItsPlace() {
            Response answer = ask("""
                    {"items": [{"sku": "WAX"}, {"variant_id": "abc"}]}""");

            assertEquals(400, answer.status());
            assertEquals("items[1].variant_id", answer.body().text("field"));
            assertEquals("items[1].variant_id: must be a whole number, but was \"abc\"", answer.body().text("detail"));
        }

        @Test
        void saysWhenTheCartIsNoListOrAnItemNoObject() {
            Response notAList = ask("""
                    {"items": {"sku": "WAX"}}""");
            Response notAnObject = ask("""
                    {"items": ["WAX"]}""");

            assertEquals("items: must be a list", notAList.body().text("detail"));
            assertEquals("items[0]: must be an object", notAnObject.body().text("detail"));
        }

        @Test
        void refusesALimitTooLargeForItsType() {
            Response answer = ask("""
                    {"items": [{"sku": "WAX"}], "limit": 99999999999}""");

            assertEquals(400, answer.status());
            assertEquals("limit: must be a whole number from -2147483648 to 2147483647, but was 99999999999", answer.body().text("detail"));
        }

        @Test
        void refusesAFractionWhereAWholeNumberBelongsInsteadOfCuttingItOff() {
            Response limit = ask("""
                    {"items": [{"sku": "WAX"}], "limit": 3.5}""");
            Response variant = ask("""
                    {"items": [{"variant_id": 12.7}]}""");

            assertEquals(400, limit.status());
            assertEquals("limit: must be a whole number from -2147483648 to 2147483647, but was 3.5", limit.body().text("detail"));
            assertEquals("items[0].variant_id", variant.body().text("field"));
            assertEquals("items[0].variant_id: must be a whole number, but was 12.7", variant.body().text("detail"));

            // a double holds no fraction this large: the written .5 would be lost, not read
            Response huge = ask("""
                    {"items": [{"variant_id": 123456789012345678.5}]}""");
            assertEquals("items[0].variant_id", huge.body().text("field"), huge.body().toString());
        }

        @Test
        void refusesTrueOrAListWhereANumberBelongs() {
            Response truth = ask("""
                    {"items": [{"sku": "WAX"}], "limit": true}""");
            Response list = ask("""
                    {"items": [{"variant_id": [5]}]}""");

            assertEquals("limit: must be a whole number from -2147483648 to 2147483647, but was true", truth.body().text("detail"));
            assertEquals("items[0].variant_id: must be a whole number", list.body().text("detail"));
        }

        @Test
        void takesAWholeNumberHoweverJsonWritesIt() {
            Response answer = ask("""
                    {"items": [{"sku": "WAX"}], "limit": 1.0}""");
            Response exponent = ask("""
                    {"items": [{"sku": "WAX"}], "limit": 1e0}""");
            Response quoted = ask("""
                    {"items": [{"sku": "WAX"}], "limit": "1"}""");

            assertEquals(200, answer.status(), answer.body().toString());
            assertEquals(1, answer.body().size("recommendations"));
            assertEquals(1, exponent.body().size("recommendations"));
            assertEquals(1, quoted.body().size("recommendations"));
        }
    }

    static List<String> skus(Json body) {
        return IntStream.range(0, body.size("recommendations"))
                .mapToObj(i -> body.text("recommendations[" + i + "].variant.sku")).toList();
    }

    static TreeSet<String> fields(String... names) {
        return new TreeSet<>(Set.of(names));
    }
}
