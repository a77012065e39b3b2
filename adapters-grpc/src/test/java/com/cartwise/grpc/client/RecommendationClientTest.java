package com.cartwise.grpc.client;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.grpc.GrpcTestServer;
import com.cartwise.grpc.SkiShop;
import io.micronaut.core.io.socket.SocketUtils;
import com.cartwise.application.recommend.TrainRecommender;
import com.cartwise.domain.orders.Order;
import com.cartwise.domain.orders.OrderLine;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The command line's client against a real server (see {@link SkiShop} for the numbers). */
class RecommendationClientTest {
    private static final List<VariantKey> SKIS_170_AND_WAX =
            List.of(new VariantKey.ByShopifyVariantId(SkiShop.SKIS_170_SHOPIFY_ID), new VariantKey.BySku("WAX"));
    private static GrpcTestServer server;
    private static InMemoryCartwise cartwise;
    private static RecommendationClient client;

    @BeforeAll
    static void start() {
        server = GrpcTestServer.start();
        cartwise = server.bean(InMemoryCartwise.class);
        SkiShop.seed(cartwise);
        client = RecommendationClient.connect("localhost", server.port(), Duration.ofSeconds(10), GrpcTestServer.OPERATOR_KEY);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        client.close();
        server.close();
    }

    @Test
    void returnsTheRecommendationsAsPlainRecords() {
        RemoteRecommendations answer = client.recommend(SkiShop.ID, SKIS_170_AND_WAX, 2);

        assertEquals(SkiShop.MODEL_VERSION, answer.modelVersion());
        assertEquals(SkiShop.METRIC, answer.metric());
        assertEquals(2, answer.recommendations().size());
        RemoteRecommendation poles = answer.recommendations().getFirst();
        assertAll(
                () -> assertEquals(SkiShop.variantId(cartwise, "ski-poles", "120"), poles.variantId()),
                () -> assertEquals("POLE-120", poles.sku()),
                () -> assertEquals("Ski Poles", poles.productTitle()),
                () -> assertEquals("120", poles.variantTitle()),
                () -> assertEquals(Optional.of(new RemoteRecommendation.Price(new BigDecimal("45.00"), "CAD")), poles.price()),
                () -> assertEquals(10, poles.inventoryQuantity()),
                () -> assertEquals(SkiShop.POLES_SCORE, poles.score(), 1e-12),
                () -> assertEquals("Bought with Alpine Skis - 170 in 2 of 3 orders (2.0× chance)", poles.reason()));
        assertEquals(SkiShop.variantId(cartwise, "alpine-skis", "180"), answer.recommendations().get(1).variantId());
    }

    @Test
    void anItemABasketFileNamedWithoutAPriceComesWithoutOneAndIsPrintedSo() {
        ShopId baskets = ShopId.of("basket-till");
        cartwise.createShop.execute(new Shop(baskets, "Basket Till", Currency.getInstance("EUR")));
        Instant first = Instant.parse("2024-03-01T10:00:00Z");
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            orders.add(new Order("#" + i, first.plusSeconds(i), Currency.getInstance("EUR"),
                    List.of(new OrderLine("whole milk", "MILK", null, 1, null), new OrderLine("yogurt", "YOG", null, 1, null))));
        }
        cartwise.importTransactions.execute(baskets, orders.iterator());
        cartwise.trainRecommender.execute(new TrainRecommender.Command(baskets, Optional.of("co_occurrence")));

        RemoteRecommendations answer = client.recommend("basket-till", List.of(new VariantKey.BySku("MILK")), 1);

        assertEquals("YOG", answer.recommendations().getFirst().sku());
        assertEquals(Optional.empty(), answer.recommendations().getFirst().price());
        assertTrue(answer.describe().get(1).contains(")  no price  inventory not tracked  score "), answer.describe().get(1));
    }

    @Test
    void leavesTheLimitToTheServerWhenNoneIsGiven() {
        assertEquals(5, client.recommend(SkiShop.ID, SKIS_170_AND_WAX).recommendations().size());
    }

    @Test
    void describesTheAnswerForATerminal() {
        List<String> lines = client.recommend(SkiShop.ID, SKIS_170_AND_WAX, 2).describe();

        assertEquals(List.of(
                "Model version 2, ranked by confidence: 2 recommendations",
                " 1. Ski Poles - 120  (variant " + SkiShop.variantId(cartwise, "ski-poles", "120")
                        + ", SKU POLE-120)  45.00 CAD  inventory 10  score 0.917",
                "    Bought with Alpine Skis - 170 in 2 of 3 orders (2.0× chance)",
                " 2. Alpine Skis - 180  (variant " + SkiShop.variantId(cartwise, "alpine-skis", "180")
                        + ", SKU SKI-180)  499.00 CAD  inventory 2  score 0.250",
                "    Bought with Ski Wax in 1 of 4 orders (1.5× chance)"), lines);
    }

    @Test
    void saysWhenTheAnswerIsBestSellersOnly() {
        RemoteRecommendations answer = client.recommend(SkiShop.ID, List.of(new VariantKey.BySku("NOT-SOLD-HERE")), 1);

        assertEquals(List.of(
                "Model version 2, ranked by confidence: 1 recommendation",
                "None of the cart's items has been bought with anything yet: best sellers instead.",
                " 1. Ski Wax  (variant " + SkiShop.variantId(cartwise, "ski-wax") + ", SKU WAX)  12.50 CAD  inventory not tracked  score 0.000",
                "    Best seller: in 4 of 6 orders"), answer.describe());
    }

    @Test
    void describesAShopWithoutAModel() {
        RemoteRecommendations answer = client.recommend(SkiShop.UNTRAINED_ID, SKIS_170_AND_WAX);

        assertEquals(new RemoteRecommendations(0, "", List.of(), true, "The shop has no model yet: train one from its orders."),
                answer);
        assertEquals(List.of("This shop has no trained model yet, so there is nothing to recommend."), answer.describe());
    }

    @Test
    void describesACartWithNothingToRecommend() {
        // a cart the model does not know now gets best sellers; nothing is left only when nothing sells
        List<String> lines = new RemoteRecommendations(2, "confidence", List.of(), true,
                "No variant the shop's orders know is for sale.").describe();

        assertEquals(List.of("Model version 2, ranked by confidence: nothing to recommend for this cart."), lines);
    }

    @Test
    void failsWithTheStatusCodeAndDescriptionOfARefusal() {
        RecommendationClientException notFound = assertThrows(RecommendationClientException.class,
                () -> client.recommend("no-such-shop", SKIS_170_AND_WAX));
        assertEquals("NOT_FOUND", notFound.code());
        assertTrue(notFound.description().contains("'no-such-shop'"), notFound.description());

        RecommendationClientException invalid = assertThrows(RecommendationClientException.class,
                () -> client.recommend(SkiShop.ID, SKIS_170_AND_WAX, 0));
        assertEquals("INVALID_ARGUMENT", invalid.code());
        assertEquals("limit: must be between 1 and 50, but was 0", invalid.description());
        assertEquals("Cartwise at localhost:" + server.port() + " answered INVALID_ARGUMENT: " + invalid.description(),
                invalid.getMessage());
    }

    @Test
    void failsWithUnavailableWhenNoServerListens() {
        int nobodyListens = SocketUtils.findAvailableTcpPort();
        try (RecommendationClient nowhere = RecommendationClient.connect("localhost", nobodyListens, Duration.ofSeconds(5))) {
            RecommendationClientException e = assertThrows(RecommendationClientException.class,
                    () -> nowhere.recommend(SkiShop.ID, SKIS_170_AND_WAX));

            assertEquals("UNAVAILABLE", e.code());
            assertEquals("Cannot reach Cartwise at localhost:" + nobodyListens + ": nothing answers there", e.getMessage());
        }
    }
}
