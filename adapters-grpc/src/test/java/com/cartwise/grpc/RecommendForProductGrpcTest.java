package com.cartwise.grpc;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.proto.v1.Evidence;
import com.cartwise.proto.v1.RecommendForProductRequest;
import com.cartwise.proto.v1.RecommendForProductResponse;
import com.cartwise.proto.v1.Recommendation;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import com.cartwise.proto.v1.Source;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RecommendForProduct over a real socket, in front of the real use case. The ski shop's model
 * ranks by confidence, together(A, B) / orders(A), summed over the product's variants (see
 * {@link SkiShop} for the orders). For the product alpine-skis = {skis 170 (3 orders), skis 180 (1)}:
 * <pre>
 * wax      2/3 (with skis 170) + 1/1 (with skis 180) = 5/3   evidence: skis 180, 1 of 1, lift 1*6/(1*4) = 1.5
 * helmet   1/1 (with skis 180)                       = 1
 * poles    2/3 (with skis 170)                       = 2/3
 * goggles  1/3, out of stock: left out
 * </pre>
 * then best sellers that are not skis: vise, brush (one order each, the older variants first).
 */
class RecommendForProductGrpcTest {
    private static final double EPSILON = 1e-12;
    private static GrpcTestServer server;
    private static InMemoryCartwise cartwise;

    @BeforeAll
    static void start() {
        server = GrpcTestServer.start();
        cartwise = server.bean(InMemoryCartwise.class);
        SkiShop.seed(cartwise);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        server.close();
    }

    @Test
    void recommendsWhatAnyVariantOfTheProductWasBoughtWithButNoneOfItsVariants() {
        RecommendForProductResponse response = recommend(page().setHandle("alpine-skis"));

        assertEquals(SkiShop.MODEL_VERSION, response.getModelVersion());
        assertEquals(SkiShop.METRIC, response.getMetric());
        assertEquals(List.of(id("ski-wax"), id("helmet", "M"), id("ski-poles", "120"), id("ski-vise"), id("wax-brush")),
                variantIds(response));
        double[] scores = {2.0 / 3 + 1, 1, 2.0 / 3, 0, 0};
        for (int i = 0; i < scores.length; i++) {
            assertEquals(scores[i], response.getRecommendations(i).getScore(), EPSILON);
        }
        assertEquals(List.of(Source.SOURCE_CO_PURCHASE, Source.SOURCE_CO_PURCHASE, Source.SOURCE_CO_PURCHASE,
                Source.SOURCE_POPULARITY, Source.SOURCE_POPULARITY), sources(response));
        assertEquals(Source.SOURCE_CO_PURCHASE, response.getSource());
        assertEquals("Bought together with this product.", response.getReason());
        Recommendation wax = response.getRecommendations(0);
        Evidence evidence = wax.getEvidence();
        assertAll(
                () -> assertEquals("Bought with Alpine Skis - 180 in 1 of 1 order (1.5× chance)", wax.getReason()),
                () -> assertEquals(id("alpine-skis", "180"), evidence.getWithVariantId()),
                () -> assertEquals(1, evidence.getOrdersTogether()),
                () -> assertEquals(1, evidence.getOrdersWithCartItem()),
                () -> assertEquals(6, evidence.getOrdersTotal()),
                () -> assertEquals(1.5, evidence.getLift(), EPSILON),
                () -> assertFalse(response.getRecommendations(3).hasEvidence()));
    }

    @Test
    void recommendsWhatOneVariantWasBoughtWithByAnyOfItsKeysButNoOtherVariantOfItsProduct() {
        // skis 170: poles and wax 2/3 each (tied, by title: Ski Poles, Ski Wax); goggles out of stock; then best
        // sellers helmet (2 orders), vise, brush. Skis 180 would come before vise, but is the same product.
        RecommendForProductResponse bySku = recommend(page().setSku("SKI-170"));
        RecommendForProductResponse byShopifyId = recommend(page().setShopifyVariantId(SkiShop.SKIS_170_SHOPIFY_ID));
        RecommendForProductResponse byVariantId = recommend(page().setVariantId(id("alpine-skis", "170")));

        assertEquals(List.of(id("ski-poles", "120"), id("ski-wax"), id("helmet", "M"), id("ski-vise"), id("wax-brush")),
                variantIds(bySku));
        assertEquals(2.0 / 3, bySku.getRecommendations(0).getScore(), EPSILON);
        assertEquals(bySku.toBuilder().clearRecommendationId().build(), byShopifyId.toBuilder().clearRecommendationId().build());
        assertEquals(bySku.toBuilder().clearRecommendationId().build(), byVariantId.toBuilder().clearRecommendationId().build());
    }

    @Test
    void honoursAnExplicitLimit() {
        assertEquals(List.of(id("ski-wax"), id("helmet", "M")), variantIds(recommend(page().setHandle("alpine-skis").setLimit(2))));
    }

    @Test
    void answersBestSellersAndSaysSoForAProductTheShopHasNeverSold() {
        RecommendForProductResponse response = recommend(page().setHandle("ski-bag").setLimit(3));

        // wax 4 orders, skis 170 3, poles 2 (helmet has 2 too, but is the newer variant)
        assertEquals(List.of(id("ski-wax"), id("alpine-skis", "170"), id("ski-poles", "120")), variantIds(response));
        assertEquals(Source.SOURCE_POPULARITY, response.getSource());
        assertEquals("None of this product's items has been bought with anything yet: best sellers instead.", response.getReason());
        assertEquals("Best seller: in 4 of 6 orders", response.getRecommendations(0).getReason());
    }

    @Test
    void answersNotFoundNamingAProductOrVariantTheShopDoesNotHave() {
        assertNotFound("Shop 'ski-shop' has no product with handle 'snowboard'", page().setHandle("snowboard"));
        assertNotFound("Shop 'ski-shop' has no variant with shopify_variant_id 999", page().setShopifyVariantId(999));
        assertNotFound("Shop 'ski-shop' has no variant with SKU 'NOPE' (a SKU that several variants share names none of them,"
                + " unless they are one product the shop's orders know)",
                page().setSku("NOPE"));
    }

    @Test
    void answersNotFoundNamingAShopThatDoesNotExist() {
        assertNotFound("no shop with shop_id 'no-such-shop' exists",
                RecommendForProductRequest.newBuilder().setShopId("no-such-shop").setHandle("alpine-skis"));
    }

    @Test
    void answersNotFoundForAShopWithoutAModelThatDoesNotHaveTheProduct() {
        // The untrained shop has no catalogue: a product it does have would be answered OK with none and why.
        assertNotFound("Shop 'new-shop' has no product with handle 'alpine-skis'",
                RecommendForProductRequest.newBuilder().setShopId(SkiShop.UNTRAINED_ID).setHandle("alpine-skis"));
    }

    private static void assertNotFound(String description, RecommendForProductRequest.Builder request) {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> recommend(request));

        assertEquals(Status.Code.NOT_FOUND, e.getStatus().getCode());
        assertEquals(description, e.getStatus().getDescription());
    }

    private static RecommendForProductRequest.Builder page() {
        return RecommendForProductRequest.newBuilder().setShopId(SkiShop.ID);
    }

    private static RecommendForProductResponse recommend(RecommendForProductRequest.Builder request) {
        return RecommendationServiceGrpc.newBlockingStub(server.channel())
                .withDeadlineAfter(10, TimeUnit.SECONDS)
                .recommendForProduct(request.build());
    }

    private static List<Long> variantIds(RecommendForProductResponse response) {
        return response.getRecommendationsList().stream().map(r -> r.getVariant().getVariantId()).toList();
    }

    private static List<Source> sources(RecommendForProductResponse response) {
        return response.getRecommendationsList().stream().map(Recommendation::getSource).toList();
    }

    private static long id(String handle, String... optionValues) {
        return SkiShop.variantId(cartwise, handle, optionValues);
    }
}
