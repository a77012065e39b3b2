package com.cartwise.grpc;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.proto.v1.CartItem;
import com.cartwise.proto.v1.Evidence;
import com.cartwise.proto.v1.RecommendForCartRequest;
import com.cartwise.proto.v1.RecommendForCartResponse;
import com.cartwise.proto.v1.Recommendation;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import com.cartwise.proto.v1.Source;
import com.cartwise.proto.v1.VariantKeys;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** RecommendationService over a real socket, in front of the real use case (see {@link SkiShop}). */
class RecommendationGrpcServiceTest {
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
    void recommendsWhatTheCartWasBoughtWithBestFirstUpToTheDefaultLimit() {
        RecommendForCartResponse response = recommend(RecommendForCartRequest.newBuilder()
                .setShopId(SkiShop.ID)
                .addItems(CartItem.newBuilder().setShopifyVariantId(SkiShop.SKIS_170_SHOPIFY_ID))
                .addItems(CartItem.newBuilder().setSku("WAX").setQuantity(2)));

        assertEquals(SkiShop.MODEL_VERSION, response.getModelVersion());
        assertEquals(SkiShop.METRIC, response.getMetric());
        // Seven candidates; the default limit keeps five. Goggles (1/3) would be second, but are out of stock.
        assertEquals(List.of(id("ski-poles", "120"), id("alpine-skis", "180"), id("helmet", "M"), id("ski-vise"),
                id("wax-brush")), variantIds(response));
        assertEquals(SkiShop.POLES_SCORE, response.getRecommendations(0).getScore(), EPSILON);
        for (int i = 1; i < 5; i++) {
            assertEquals(SkiShop.WAX_ONLY_SCORE, response.getRecommendations(i).getScore(), EPSILON);
        }
        assertEquals(Source.SOURCE_CO_PURCHASE, response.getSource());
        assertEquals("Bought together with the cart's items.", response.getReason());
        assertEquals(List.of(Source.SOURCE_CO_PURCHASE), sources(response).stream().distinct().toList());
        assertTrue(response.getRecommendationId().matches("[0-9a-f]{32}"), response.getRecommendationId());
    }

    @Test
    void fillsWhatTheCartWasBoughtWithUpWithBestSellersThatCarryNoEvidence() {
        // Helmet was bought with skis 180 and wax (1/2 each, tied, by title); goggles, its third
        // neighbour, are out of stock. Best sellers fill the rest: skis 170 (3 of 6 orders), then
        // poles (2 orders); wax (4) and helmet are already in the answer or the cart.
        RecommendForCartResponse response = recommend(RecommendForCartRequest.newBuilder()
                .setShopId(SkiShop.ID)
                .setLimit(4)
                .addItems(CartItem.newBuilder().setSku("HELM-M")));

        assertEquals(List.of(id("alpine-skis", "180"), id("ski-wax"), id("alpine-skis", "170"), id("ski-poles", "120")),
                variantIds(response));
        assertEquals(List.of(Source.SOURCE_CO_PURCHASE, Source.SOURCE_CO_PURCHASE, Source.SOURCE_POPULARITY,
                Source.SOURCE_POPULARITY), sources(response));
        assertEquals(Source.SOURCE_CO_PURCHASE, response.getSource());
        Recommendation skis170 = response.getRecommendations(2);
        assertAll(
                () -> assertFalse(skis170.hasEvidence(), "a best seller has no evidence"),
                () -> assertEquals(0.0, skis170.getScore()),
                () -> assertEquals("Best seller: in 3 of 6 orders", skis170.getReason()),
                () -> assertEquals("Best seller: in 2 of 6 orders", response.getRecommendations(3).getReason()));
    }

    @Test
    void answersWithEveryKeyAndDetailOfARecommendedVariant() {
        Recommendation poles = recommend(cartOfSkis170AndWax().setLimit(1)).getRecommendations(0);

        assertEquals(VariantKeys.newBuilder()
                .setVariantId(id("ski-poles", "120"))
                .setShopifyVariantId(SkiShop.POLES_SHOPIFY_ID)
                .setSku("POLE-120")
                .setHandle("ski-poles")
                .addOptionValues("120")
                .build(), poles.getVariant());
        assertAll(
                () -> assertEquals("Ski Poles", poles.getProductTitle()),
                () -> assertEquals("120", poles.getVariantTitle()),
                () -> assertEquals("45.00", poles.getPrice().getAmount()),
                () -> assertEquals("CAD", poles.getPrice().getCurrencyCode()),
                () -> assertEquals(10, poles.getInventoryQuantity()),
                () -> assertEquals(SkiShop.POLES_SCORE, poles.getScore(), EPSILON),
                () -> assertEquals("Bought with Alpine Skis - 170 in 2 of 3 orders (2.0× chance)", poles.getReason()));
        Evidence evidence = poles.getEvidence();
        assertAll(
                () -> assertEquals(id("alpine-skis", "170"), evidence.getWithVariantId()),
                () -> assertEquals("Alpine Skis", evidence.getWithProductTitle()),
                () -> assertEquals(2, evidence.getOrdersTogether()),
                () -> assertEquals(3, evidence.getOrdersWithCartItem()),
                () -> assertEquals(6, evidence.getOrdersTotal()),
                () -> assertEquals(2.0, evidence.getLift(), EPSILON));
    }

    @Test
    void leavesOutTheKeysAVariantDoesNotHave() {
        // Helmet was bought with skis 180 and wax, 1 of its 2 orders each: 1/2 apiece, tied, by title
        // (best sellers would follow them: the limit keeps the two).
        RecommendForCartResponse response = recommend(RecommendForCartRequest.newBuilder()
                .setShopId(SkiShop.ID)
                .setLimit(2)
                .addItems(CartItem.newBuilder().setSku("HELM-M")));

        assertEquals(List.of(id("alpine-skis", "180"), id("ski-wax")), variantIds(response));
        Recommendation wax = response.getRecommendations(1);
        assertAll(
                () -> assertFalse(wax.getVariant().hasShopifyVariantId(), "wax came from a CSV export"),
                () -> assertEquals("WAX", wax.getVariant().getSku()),
                () -> assertEquals(List.of(), wax.getVariant().getOptionValuesList()),
                () -> assertEquals("Default Title", wax.getVariantTitle()),
                () -> assertEquals("12.50", wax.getPrice().getAmount()),
                () -> assertEquals(0.5, wax.getScore(), EPSILON));
    }

    @Test
    void namesCartItemsByCartwisesOwnVariantIdsToo() {
        RecommendForCartResponse bySkuAndShopifyId = recommend(cartOfSkis170AndWax());
        RecommendForCartResponse byVariantIds = recommend(RecommendForCartRequest.newBuilder()
                .setShopId(SkiShop.ID)
                .addItems(CartItem.newBuilder().setVariantId(id("alpine-skis", "170")))
                .addItems(CartItem.newBuilder().setVariantId(id("ski-wax"))));

        assertEquals(bySkuAndShopifyId.toBuilder().clearRecommendationId().build(), byVariantIds.toBuilder().clearRecommendationId().build());
    }

    @Test
    void honoursAnExplicitLimit() {
        assertEquals(List.of(id("ski-poles", "120"), id("alpine-skis", "180")),
                variantIds(recommend(cartOfSkis170AndWax().setLimit(2))));
        // 50 is the largest limit allowed, and more than there are candidates: all seven, ties by title.
        assertEquals(List.of(id("ski-poles", "120"), id("alpine-skis", "180"), id("helmet", "M"), id("ski-vise"),
                id("wax-brush"), id("wax-iron"), id("wax-scraper")),
                variantIds(recommend(cartOfSkis170AndWax().setLimit(50))));
    }

    @Test
    void answersBestSellersForACartTheModelDoesNotKnow() {
        RecommendForCartResponse response = recommend(RecommendForCartRequest.newBuilder()
                .setShopId(SkiShop.ID)
                .addItems(CartItem.newBuilder().setSku("NOT-SOLD-HERE")));

        // By orders holding each (wax 4, skis 170 3, then 2 each: poles, helmet, since best sellers tie by the
        // older variant; goggles are out of stock), then the oldest single-order variant: skis 180.
        assertEquals(SkiShop.MODEL_VERSION, response.getModelVersion());
        assertEquals(List.of(id("ski-wax"), id("alpine-skis", "170"), id("ski-poles", "120"), id("helmet", "M"),
                id("alpine-skis", "180")), variantIds(response));
        assertEquals(Source.SOURCE_POPULARITY, response.getSource());
        assertEquals("None of the cart's items has been bought with anything yet: best sellers instead.", response.getReason());
        assertEquals(List.of(Source.SOURCE_POPULARITY), sources(response).stream().distinct().toList());
        assertEquals("Best seller: in 4 of 6 orders", response.getRecommendations(0).getReason());
        assertFalse(response.getRecommendations(0).hasEvidence());
    }

    @Test
    void answersVersionZeroNoMetricAndWhyForAShopWithoutAModel() {
        RecommendForCartResponse response = recommend(RecommendForCartRequest.newBuilder()
                .setShopId(SkiShop.UNTRAINED_ID)
                .addItems(CartItem.newBuilder().setSku("WAX")));

        assertEquals(RecommendForCartResponse.newBuilder().setModelVersion(0).setMetric("")
                .setSource(Source.SOURCE_POPULARITY)
                .setReason("The shop has no model yet: train one from its orders.").build(),
                response.toBuilder().clearRecommendationId().build());
    }

    @Test
    void answersNotFoundNamingAShopThatDoesNotExist() {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> recommend(
                RecommendForCartRequest.newBuilder()
                        .setShopId("no-such-shop")
                        .addItems(CartItem.newBuilder().setSku("WAX"))));

        assertEquals(Status.Code.NOT_FOUND, e.getStatus().getCode());
        assertTrue(e.getStatus().getDescription().contains("'no-such-shop'"), e.getStatus().getDescription());
    }

    private static RecommendForCartRequest.Builder cartOfSkis170AndWax() {
        return RecommendForCartRequest.newBuilder()
                .setShopId(SkiShop.ID)
                .addItems(CartItem.newBuilder().setShopifyVariantId(SkiShop.SKIS_170_SHOPIFY_ID))
                .addItems(CartItem.newBuilder().setSku("WAX"));
    }

    private static RecommendForCartResponse recommend(RecommendForCartRequest.Builder request) {
        return RecommendationServiceGrpc.newBlockingStub(server.channel())
                .withDeadlineAfter(10, TimeUnit.SECONDS)
                .recommendForCart(request.build());
    }

    private static List<Source> sources(RecommendForCartResponse response) {
        return response.getRecommendationsList().stream().map(Recommendation::getSource).toList();
    }

    private static List<Long> variantIds(RecommendForCartResponse response) {
        return response.getRecommendationsList().stream().map(r -> r.getVariant().getVariantId()).toList();
    }

    private static long id(String handle, String... optionValues) {
        return SkiShop.variantId(cartwise, handle, optionValues);
    }
}
