package com.cartwise.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.server.CartwiseServer;
import com.cartwise.bootstrap.Cartwise;
import com.cartwise.bootstrap.TestServers;
import com.cartwise.proto.v1.CartItem;
import com.cartwise.proto.v1.RecommendForCartRequest;
import com.cartwise.proto.v1.RecommendForCartResponse;
import com.cartwise.proto.v1.RecommendForProductRequest;
import com.cartwise.proto.v1.RecommendForProductResponse;
import com.cartwise.proto.v1.Recommendation;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import com.cartwise.proto.v1.Source;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The whole application on random ports with its embedded PostgreSQL: a merchant creates a shop
 * and uploads Shopify exports over HTTP, trains, and the till asks over gRPC through the
 * generated stub on a real socket.
 *
 * <p>The shop, by hand. Orders (N = 7):
 * #1001 skis-160 + bindings + wax; #1002 skis-160 + bindings; #1003 skis-160 + wax;
 * #1004 skis-170 + poles; #1005 bindings + gloves; #1006 wax; #1007 skis-160 + poles (its poles
 * line has no SKU, so it resolves by the line name "Ski Poles").
 * Orders per variant: skis-160 4, bindings 3, wax 3, poles 2, skis-170 1, gloves 1.
 * Pairs: skis-160+bindings 2, skis-160+wax 2, skis-160+poles 1, bindings+wax 1,
 * bindings+gloves 1, skis-170+poles 1. Skis 170 are tracked with 0 in stock; poles are untracked.
 */
class CartwiseEndToEndTest {
    private static final AtomicInteger SHOPS = new AtomicInteger();
    private static CartwiseServer server;
    private static Http http;
    private static ManagedChannel channel;
    private static RecommendationServiceGrpc.RecommendationServiceBlockingStub till;
    @TempDir
    static Path dataDirectory;

    @BeforeAll
    static void startCartwise() {
        server = TestServers.embedded(dataDirectory);
        http = new Http(server.httpPort());
        channel = ManagedChannelBuilder.forAddress("localhost", server.grpcPort()).usePlaintext().intercept(TestServers.operatorKey()).build();
        till = RecommendationServiceGrpc.newBlockingStub(channel);
    }

    @AfterAll
    static void stopCartwise() throws InterruptedException {
        if (channel != null) {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void uploadsOverHttpBecomeRecommendationsAtTheTill() {
        String shop = trainedAlpineShop("cosine");

        RecommendForCartResponse answer = till(shop, 3, bySku("SKI-160"));

        assertEquals(1, answer.getModelVersion());
        assertEquals("cosine", answer.getMetric());
        // bindings: 2/sqrt(4*3) = 0.57735; wax: 2/sqrt(4*3) = 0.57735, a tie broken by product
        // title ("Ski Bindings" < "Ski Wax"); poles: 1/sqrt(4*2) = 0.35355.
        List<Recommendation> recommendations = answer.getRecommendationsList();
        assertEquals(List.of("BIND-1", "WAX-1", "POLE-1"), skus(recommendations));
        assertEquals(2 / Math.sqrt(12), recommendations.get(0).getScore(), 1e-9);
        assertEquals(2 / Math.sqrt(12), recommendations.get(1).getScore(), 1e-9);
        assertEquals(1 / Math.sqrt(8), recommendations.get(2).getScore(), 1e-9);

        Recommendation bindings = recommendations.getFirst();
        assertEquals("Ski Bindings", bindings.getProductTitle());
        assertEquals("Default Title", bindings.getVariantTitle());
        assertEquals("bindings", bindings.getVariant().getHandle());
        assertTrue(bindings.getVariant().getVariantId() > 0);
        assertFalse(bindings.getVariant().hasShopifyVariantId(), "a CSV export carries no Shopify variant id");
        assertEquals("249.00", bindings.getPrice().getAmount());
        assertEquals("EUR", bindings.getPrice().getCurrencyCode());
        assertEquals(5, bindings.getInventoryQuantity());
        assertTrue(bindings.getInventoryTracked(), "the products export tracks its stock");
        // lift = 2 * 7 / (4 * 3) = 1.1667
        assertEquals("Bought with Alpine Skis - 160 in 2 of 4 orders (1.2× chance)", bindings.getReason());
        assertEquals(2, bindings.getEvidence().getOrdersTogether());
        assertEquals(4, bindings.getEvidence().getOrdersWithCartItem());
        assertEquals(7, bindings.getEvidence().getOrdersTotal());
        assertEquals(14.0 / 12, bindings.getEvidence().getLift(), 1e-9);
    }

    @Test
    void aCartOfSeveralItemsSumsTheirScoresAndNamesItsStrongestEvidence() {
        String shop = trainedAlpineShop("cosine");

        RecommendForCartResponse answer = till(shop, 5, bySku("SKI-160"), bySku("BIND-1"));

        // wax: 2/sqrt(4*3) + 1/sqrt(3*3) = 0.91068; gloves: 1/sqrt(3*1) = 0.57735;
        // poles: 1/sqrt(4*2) = 0.35355. The cart's own items are never offered.
        List<Recommendation> recommendations = answer.getRecommendationsList();
        assertEquals(List.of("WAX-1", "GLOVE-1", "POLE-1"), skus(recommendations));
        assertEquals(2 / Math.sqrt(12) + 1.0 / 3, recommendations.get(0).getScore(), 1e-9);
        assertEquals(1 / Math.sqrt(3), recommendations.get(1).getScore(), 1e-9);
        assertEquals("Alpine Skis", recommendations.get(0).getEvidence().getWithProductTitle());
    }

    @Test
    void anOutOfStockVariantIsNeverOffered() {
        String shop = trainedAlpineShop("lift");

        RecommendForCartResponse answer = till(shop, 5, bySku("POLE-1"));

        // Poles were bought with skis-170 (lift 1*7/(2*1) = 3.5) and skis-160 (1*7/(2*4) = 0.875);
        // skis-170 have none in stock. Best sellers fill the rest, never skis-170 either.
        assertEquals("SKI-160", skus(answer.getRecommendationsList()).getFirst());
        assertFalse(skus(answer.getRecommendationsList()).contains("SKI-170"));
        assertEquals(7.0 / 8, answer.getRecommendations(0).getScore(), 1e-9);
        assertEquals("160", answer.getRecommendations(0).getVariantTitle());
    }

    @Test
    void aVariantIdFromOneAnswerWorksAsACartItemInTheNext() {
        String shop = trainedAlpineShop("co_occurrence");
        long bindingsId = till(shop, 1, bySku("SKI-160")).getRecommendations(0).getVariant().getVariantId();

        RecommendForCartResponse answer = till(shop, 3, CartItem.newBuilder().setVariantId(bindingsId).build());

        // co-occurrence with bindings: skis-160 2, wax 1, gloves 1; wax and gloves tie, "Gloves" first.
        assertEquals(List.of("SKI-160", "GLOVE-1", "WAX-1"), skus(answer.getRecommendationsList()));
    }

    @Test
    void restAnswersTheSameAsGrpc() throws IOException {
        String shop = trainedAlpineShop("cosine");

        HttpResponse<String> response = http.postJson("/api/v1/shops/" + shop + "/recommendations",
                "{\"items\":[{\"sku\":\"SKI-160\"}],\"limit\":3}");

        assertEquals(200, response.statusCode(), response.body());
        JsonNode json = json(response.body());
        assertEquals(1, json.get("model_version").getLongValue());
        assertEquals("cosine", json.get("metric").getStringValue());
        JsonNode first = json.get("recommendations").get(0);
        assertEquals("BIND-1", first.get("variant").get("sku").getStringValue());
        assertEquals("249.00", first.get("price").get("amount").getStringValue());
        assertEquals(2 / Math.sqrt(12), first.get("score").getDoubleValue(), 1e-9);
        assertEquals(till(shop, 3, bySku("SKI-160")).getRecommendations(0).getReason(), first.get("reason").getStringValue());
        assertEquals(3, json.get("recommendations").size());
    }

    @Test
    void importingTheSameExportsTwiceChangesNothing() {
        String shop = trainedAlpineShop("cosine");
        RecommendForCartResponse before = till(shop, 5, bySku("SKI-160"));

        assertEquals(201, http.upload(imports(shop), "products_export.csv", alpineProducts().csv()).statusCode());
        assertEquals(201, http.upload(imports(shop), "orders_export.csv", alpineOrders().csv()).statusCode());
        HttpResponse<String> retrained = http.postJson("/api/v1/shops/" + shop + "/models?wait=true", "{\"metric\":\"cosine\"}");

        assertEquals(201, retrained.statusCode(), retrained.body());
        RecommendForCartResponse after = till(shop, 5, bySku("SKI-160"));
        assertEquals(2, after.getModelVersion());
        assertEquals(before.getRecommendationsList(), after.getRecommendationsList());
    }

    @Test
    void ordersImportedAfterATrainingAreServedAsSoonAsTheImportEndsWithoutAnother() throws IOException {
        String shop = trainedAlpineShop("co_occurrence");
        ShopifyExports later = ShopifyExports.orders();
        for (int n = 1010; n <= 1012; n++) {
            later.line("#" + n, true, "2024-02-0" + (n - 1009) + " 10:00:00 +0100", "Alpine Skis - 160", "SKI-160", 1, "499.00")
                    .line("#" + n, false, "", "Gloves", "GLOVE-1", 1, "39.00");
        }

        HttpResponse<String> imported = http.upload(imports(shop), "orders_export.csv", later.csv());

        assertEquals(201, imported.statusCode(), imported.body());
        JsonNode model = json(imported.body()).get("report").get("model");
        assertEquals("updated", model.get("change").getStringValue());
        assertEquals(2, model.get("version").getLongValue());
        assertEquals(3, model.get("orders").getLongValue());
        // Gloves now went with the skis in 3 orders, more than bindings or wax (2 each).
        RecommendForCartResponse answer = till(shop, 1, bySku("SKI-160"));
        assertEquals(2, answer.getModelVersion());
        assertEquals(List.of("GLOVE-1"), skus(answer.getRecommendationsList()));
    }

    @Test
    void ordersAnImportReplacesLeaveTheServedModelToTheNextTraining() throws IOException {
        String shop = trainedAlpineShop("co_occurrence");

        HttpResponse<String> imported = http.upload(imports(shop), "orders_export.csv", alpineOrders()
                .line("#1007", false, "", "Gloves", "GLOVE-1", 1, "39.00").csv());

        assertEquals(201, imported.statusCode(), imported.body());
        JsonNode model = json(imported.body()).get("report").get("model");
        assertEquals("needs_training", model.get("change").getStringValue());
        assertEquals(1, model.get("orders").getLongValue());
        assertEquals(1, till(shop, 1, bySku("SKI-160")).getModelVersion());
    }

    @Test
    void aFileMissingARequiredColumnIsRefusedByNameAndChangesNothing() throws IOException {
        String shop = trainedAlpineShop("cosine");
        RecommendForCartResponse before = till(shop, 5, bySku("SKI-160"));

        HttpResponse<String> response = http.upload(imports(shop), "orders_export.csv", alpineOrders().csvWithout("Lineitem sku"));

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode problem = json(response.body());
        assertEquals("orders_export.csv", problem.get("file").getStringValue());
        assertEquals(1, problem.get("line").getIntValue());
        assertTrue(problem.get("detail").getStringValue().contains("Lineitem sku"), response.body());
        HttpResponse<String> retrained = http.postJson("/api/v1/shops/" + shop + "/models?wait=true", "{\"metric\":\"cosine\"}");
        assertEquals(201, retrained.statusCode());
        assertEquals(before.getRecommendationsList(), till(shop, 5, bySku("SKI-160")).getRecommendationsList());
    }

    @Test
    void aBadRowNamesItsLineAndColumnAndChangesNothing() throws IOException {
        String shop = trainedAlpineShop("cosine");
        RecommendForCartResponse before = till(shop, 5, bySku("SKI-160"));
        String orders = alpineOrders()
                .line("#1008", true, "2024-01-09 10:00:00 +0100", "Gloves", "GLOVE-1", 1, "39.00")
                .line("#1009", true, "2024-01-10 10:00:00 +0100", "Ski Wax", "WAX-1", -2, "12.50")
                .csv();

        HttpResponse<String> response = http.upload(imports(shop), "orders_export.csv", orders);

        assertEquals(400, response.statusCode(), response.body());
        JsonNode problem = json(response.body());
        // Header on line 1, the fourteen lines of #1001-#1007 on 2-15, #1008 on 16, #1009 on 17.
        assertEquals(17, problem.get("line").getIntValue(), response.body());
        assertEquals(ShopifyExports.ORDER_COLUMNS.indexOf("Lineitem quantity") + 1, problem.get("column").getIntValue());
        assertEquals("Lineitem quantity", problem.get("column_name").getStringValue());
        http.postJson("/api/v1/shops/" + shop + "/models?wait=true", "{\"metric\":\"cosine\"}");
        RecommendForCartResponse after = till(shop, 5, bySku("SKI-160"));
        assertEquals(before.getRecommendationsList(), after.getRecommendationsList(), "#1008 must not have been kept");
    }

    @Test
    void anUnknownShopIsNotFound() {
        StatusRuntimeException grpc = assertThrows(StatusRuntimeException.class, () -> till("no-such-shop", 3, bySku("SKI-160")));
        assertEquals(Status.Code.NOT_FOUND, grpc.getStatus().getCode());
        assertTrue(grpc.getStatus().getDescription().contains("no-such-shop"));

        assertEquals(404, http.upload(imports("no-such-shop"), "products_export.csv", alpineProducts().csv()).statusCode());
        assertEquals(404, http.postJson("/api/v1/shops/no-such-shop/models", "{}").statusCode());
        assertEquals(404, http.postJson("/api/v1/shops/no-such-shop/recommendations", "{\"items\":[{\"sku\":\"A\"}]}").statusCode());
    }

    @Test
    void aKnownShopWithoutAModelAnswersEmptyAndUnknownVariantsGetBestSellers() {
        String shop = newShop();
        RecommendForCartResponse noModel = till(shop, 3, bySku("SKI-160"));
        assertEquals(0, noModel.getModelVersion());
        assertEquals("", noModel.getMetric());
        assertEquals(0, noModel.getRecommendationsCount());

        String trained = trainedAlpineShop("cosine");
        RecommendForCartResponse unknown = till(trained, 3, bySku("NOT-A-SKU"));
        assertEquals(3, unknown.getRecommendationsCount());
        assertTrue(unknown.getRecommendations(0).getReason().startsWith("Best seller: in "), unknown.getRecommendations(0).getReason());
    }

    @Test
    void aProductPageShowsWhatAnyOfItsVariantsWasBoughtWithOverGrpcAndRest() throws IOException {
        String shop = trainedAlpineShop("cosine");

        RecommendForProductResponse page = till.withDeadlineAfter(10, TimeUnit.SECONDS).recommendForProduct(
                RecommendForProductRequest.newBuilder().setShopId(shop).setHandle("alpine-skis").setLimit(3).build());

        // poles: 1/sqrt(4*2) with skis-160 + 1/sqrt(1*2) with skis-170 = 1.06066, explained by skis-170 (lift 1*7/(1*2));
        // bindings and wax: 2/sqrt(4*3) each with skis-160, tied, by title. Never skis of either length.
        assertEquals(List.of("POLE-1", "BIND-1", "WAX-1"), skus(page.getRecommendationsList()));
        assertEquals(1 / Math.sqrt(8) + 1 / Math.sqrt(2), page.getRecommendations(0).getScore(), 1e-9);
        assertEquals("Bought with Alpine Skis - 170 in 1 of 1 order (3.5× chance)", page.getRecommendations(0).getReason());
        assertEquals(Source.SOURCE_CO_PURCHASE, page.getSource());
        HttpResponse<String> rest = http.postJson("/api/v1/shops/" + shop + "/recommendations/product",
                "{\"handle\":\"alpine-skis\",\"limit\":3}");
        assertEquals(200, rest.statusCode(), rest.body());
        assertEquals("POLE-1", json(rest.body()).get("recommendations").get(0).get("variant").get("sku").getStringValue());
        // The catalogue in PostgreSQL tells a product the shop does not have from one it never sold.
        StatusRuntimeException missing = assertThrows(StatusRuntimeException.class, () -> till.withDeadlineAfter(10, TimeUnit.SECONDS)
                .recommendForProduct(RecommendForProductRequest.newBuilder().setShopId(shop).setSku("SNOWBOARD-1").build()));
        assertEquals(Status.Code.NOT_FOUND, missing.getStatus().getCode());
    }

    @Test
    void malformedRequestsAreRefusedNamingTheField() {
        String shop = trainedAlpineShop("cosine");

        assertInvalid("items", () -> till.recommendForCart(RecommendForCartRequest.newBuilder().setShopId(shop).build()));
        assertInvalid("limit", () -> till(shop, 0, bySku("SKI-160")));
        assertInvalid("limit", () -> till(shop, 10_000, bySku("SKI-160")));
        assertInvalid("shop_id", () -> till("", 3, bySku("SKI-160")));

        HttpResponse<String> emptyCart = http.postJson("/api/v1/shops/" + shop + "/recommendations", "{\"items\":[]}");
        assertEquals(400, emptyCart.statusCode());
        assertTrue(emptyCart.body().contains("items"), emptyCart.body());
        HttpResponse<String> hugeLimit = http.postJson("/api/v1/shops/" + shop + "/recommendations",
                "{\"items\":[{\"sku\":\"SKI-160\"}],\"limit\":10000}");
        assertEquals(400, hugeLimit.statusCode());
        assertTrue(hugeLimit.body().contains("limit"), hugeLimit.body());
    }

    @Test
    void posExtensionsMayCallTheRestTwinsFromShopifysOriginsOnly() {
        String shop = newShop();
        for (String path : List.of("/api/v1/shops/" + shop + "/recommendations", "/api/v1/shops/" + shop + "/recommendations/product")) {
            for (String origin : List.of("https://extensions.shopifycdn.com", "https://cdn.shopify.com")) {
                HttpResponse<String> allowed = http.preflight(path, origin);
                assertEquals(200, allowed.statusCode(), origin + " " + path);
                assertEquals(origin, allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""), origin + " " + path);
            }
            HttpResponse<String> stranger = http.preflight(path, "https://evil.example");
            assertTrue(stranger.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), stranger.headers().toString());
        }
    }

    @Test
    void theCommandLineAsksTheRunningServerOverGrpc() {
        String shop = trainedAlpineShop("cosine");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = commandLine(out, err).execute("recommend", "--port", Integer.toString(server.grpcPort()), "--api-key", TestServers.OPERATOR_KEY,
                "--shop", shop, "--sku", "SKI-160", "--limit", "2");

        assertEquals(0, exit, err.toString());
        String printed = out.toString();
        assertTrue(printed.contains("ranked by cosine"), printed);
        assertTrue(printed.indexOf("Ski Bindings") < printed.indexOf("Ski Wax"), printed);
        assertFalse(printed.contains("Ski Poles"), "the limit of 2 holds: " + printed);
        assertTrue(printed.contains("Bought with Alpine Skis - 160 in 2 of 4 orders"), printed);
    }

    @Test
    void theCommandLineReportsARefusalWithItsStatusAndExitCode() {
        StringWriter err = new StringWriter();

        int exit = commandLine(new StringWriter(), err).execute("recommend", "--port", Integer.toString(server.grpcPort()),
                "--api-key", TestServers.OPERATOR_KEY,
                "--shop", "no-such-shop", "--sku", "SKI-160");

        assertEquals(2, exit);
        assertTrue(err.toString().contains("NOT_FOUND"), err.toString());
    }

    @Test
    void healthIsUp() throws IOException {
        HttpResponse<String> health = http.get("/health");

        assertEquals(200, health.statusCode(), health.body());
        assertEquals("UP", json(health.body()).get("status").getStringValue());
    }

    // --- the shop ---

    private static CommandLine commandLine(StringWriter out, StringWriter err) {
        CommandLine cli = new CommandLine(new Cartwise());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli;
    }

    private static String trainedAlpineShop(String metric) {
        String shop = newShop();
        HttpResponse<String> products = http.upload(imports(shop), "products_export.csv", alpineProducts().csv());
        assertEquals(201, products.statusCode(), products.body());
        HttpResponse<String> orders = http.upload(imports(shop), "orders_export.csv", alpineOrders().csv());
        assertEquals(201, orders.statusCode(), orders.body());
        HttpResponse<String> model = http.postJson("/api/v1/shops/" + shop + "/models?wait=true", "{\"metric\":\"" + metric + "\"}");
        assertEquals(201, model.statusCode(), model.body());
        return shop;
    }

    private static String newShop() {
        String shop = "alpine-" + SHOPS.incrementAndGet();
        HttpResponse<String> created = http.postJson("/api/v1/shops",
                "{\"shop_id\":\"" + shop + "\",\"name\":\"Alpine Outfitters\",\"currency\":\"EUR\"}");
        assertEquals(201, created.statusCode(), created.body());
        return shop;
    }

    private static ShopifyExports alpineProducts() {
        return ShopifyExports.products()
                .product("alpine-skis", "Alpine Skis", "Length", "160", "SKI-160", "shopify", 3, "499.00")
                .variant("alpine-skis", "170", "SKI-170", "shopify", 0, "499.00")
                .product("bindings", "Ski Bindings", "Title", "Default Title", "BIND-1", "shopify", 5, "249.00")
                .product("ski-wax", "Ski Wax", "Title", "Default Title", "WAX-1", "shopify", 10, "12.50")
                .product("ski-poles", "Ski Poles", "Title", "Default Title", "POLE-1", "", 0, "59.00")
                .product("gloves", "Gloves", "Title", "Default Title", "GLOVE-1", "shopify", 7, "39.00");
    }

    private static ShopifyExports alpineOrders() {
        return ShopifyExports.orders()
                .line("#1001", true, "2024-01-02 10:00:00 +0100", "Alpine Skis - 160", "SKI-160", 1, "499.00")
                .line("#1001", false, "", "Ski Bindings", "BIND-1", 1, "249.00")
                .line("#1001", false, "", "Ski Wax", "WAX-1", 2, "12.50")
                .line("#1002", true, "2024-01-03 10:00:00 +0100", "Alpine Skis - 160", "SKI-160", 1, "499.00")
                .line("#1002", false, "", "Ski Bindings", "BIND-1", 1, "249.00")
                .line("#1003", true, "2024-01-04 10:00:00 +0100", "Alpine Skis - 160", "SKI-160", 1, "499.00")
                .line("#1003", false, "", "Ski Wax", "WAX-1", 1, "12.50")
                .line("#1004", true, "2024-01-05 10:00:00 +0100", "Alpine Skis - 170", "SKI-170", 1, "499.00")
                .line("#1004", false, "", "Ski Poles", "POLE-1", 1, "59.00")
                .line("#1005", true, "2024-01-06 10:00:00 +0100", "Ski Bindings", "BIND-1", 1, "249.00")
                .line("#1005", false, "", "Gloves", "GLOVE-1", 1, "39.00")
                .line("#1006", true, "2024-01-07 10:00:00 +0100", "Ski Wax", "WAX-1", 3, "12.50")
                .line("#1007", true, "2024-01-08 10:00:00 +0100", "Alpine Skis - 160", "SKI-160", 1, "499.00")
                .line("#1007", false, "", "Ski Poles", "", 1, "59.00");
    }

    // --- helpers ---

    private static RecommendForCartResponse till(String shop, int limit, CartItem... items) {
        return till.withDeadlineAfter(10, TimeUnit.SECONDS).recommendForCart(RecommendForCartRequest.newBuilder()
                .setShopId(shop).addAllItems(List.of(items)).setLimit(limit).build());
    }

    private static CartItem bySku(String sku) {
        return CartItem.newBuilder().setSku(sku).setQuantity(1).build();
    }

    private static List<String> skus(List<Recommendation> recommendations) {
        return recommendations.stream().map(r -> r.getVariant().getSku()).toList();
    }

    private static String imports(String shop) {
        return "/api/v1/shops/" + shop + "/imports?wait=true";
    }

    private static void assertInvalid(String field, Runnable call) {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, call::run);
        assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
        assertTrue(e.getStatus().getDescription().startsWith(field), "names " + field + ": " + e.getStatus().getDescription());
    }

    private static JsonNode json(String body) throws IOException {
        return server.context().getBean(JsonMapper.class).readValue(body, JsonNode.class);
    }
}
