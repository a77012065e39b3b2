package com.cartwise.bootstrap.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.RefusedRequests;
import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.server.CartwiseServer;
import com.cartwise.grpc.access.ApiKeyInterceptor;
import com.cartwise.proto.v1.CartItem;
import com.cartwise.proto.v1.RecommendForCartRequest;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each shop key's POS and dashboard budgets, over real sockets: 429 with Retry-After, RESOURCE_EXHAUSTED with retry-after.
 * A POS extension's fetch() from Shopify's origins can read every refusal, and each is counted in the request metrics.
 */
class RateLimitTest {
    private static final String SHOP = "limited-shop";
    private static final String POS_ORIGIN = "https://extensions.shopifycdn.com";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dataDirectory;
    private static CartwiseServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.embedded(dataDirectory, Map.of(
                "cartwise.security.rate-limits.pos.requests", 3, "cartwise.security.rate-limits.pos.per", "1h",
                "cartwise.security.rate-limits.dashboard.requests", 2, "cartwise.security.rate-limits.dashboard.per", "1h"));
        assertEquals(201, send(TestServers.OPERATOR_KEY, "POST", "/api/v1/shops",
                "{\"shop_id\":\"" + SHOP + "\",\"name\":\"Limited\",\"currency\":\"EUR\"}").statusCode());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static String newKey() throws Exception {
        HttpResponse<String> issued = send(TestServers.OPERATOR_KEY, "POST", "/api/v1/admin/shops/" + SHOP + "/api-keys", "{}");
        return issued.body().replaceAll(".*\"key\":\"([^\"]+)\".*", "$1");
    }

    private static HttpResponse<String> send(String key, String method, String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.httpPort() + path))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A POS extension's fetch() of a recommendation: the browser sends the extension's origin. */
    private static HttpResponse<String> fetchFromPos(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.httpPort() + "/api/v1/shops/" + SHOP
                        + "/recommendations")).header("Origin", POS_ORIGIN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"items\":[{\"sku\":\"A\"}]}"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertReadableByThePosExtension(HttpResponse<String> refused) {
        assertEquals(POS_ORIGIN, refused.headers().firstValue("Access-Control-Allow-Origin").orElse(""),
                "without it the browser hides the answer from the extension: " + refused.headers().map());
    }

    private static long refusedCounted(String reason) throws Exception {
        return RefusedRequests.in(send(TestServers.OPERATOR_KEY, "GET", "/prometheus", null).body(), "rest", reason);
    }

    @Test
    void aPosExtensionCanReadEveryRefusalAndEachIsCounted() throws Exception {
        long unauthenticatedBefore = refusedCounted("unauthenticated");
        long limitedBefore = refusedCounted("rate_limited");

        HttpResponse<String> noKey = fetchFromPos(null);
        HttpResponse<String> badKey = fetchFromPos("Bearer not-a-key");
        String key = newKey();
        for (int i = 0; i < 3; i++) {
            fetchFromPos("Bearer " + key);
        }
        HttpResponse<String> limited = fetchFromPos("Bearer " + key);

        assertEquals(401, noKey.statusCode());
        assertTrue(noKey.body().contains("urn:cartwise:problem:unauthenticated"), noKey.body());
        assertReadableByThePosExtension(noKey);
        assertEquals(401, badKey.statusCode());
        assertReadableByThePosExtension(badKey);
        assertEquals(429, limited.statusCode());
        assertReadableByThePosExtension(limited);
        assertTrue(limited.headers().firstValue("Access-Control-Expose-Headers").orElse("").toLowerCase(Locale.ROOT).contains("retry-after"),
                "the extension may read when to try again: " + limited.headers().map());
        assertEquals(unauthenticatedBefore + 2, refusedCounted("unauthenticated"));
        assertEquals(limitedBefore + 1, refusedCounted("rate_limited"));
    }

    private static HttpResponse<String> recommend(String key) throws Exception {
        return send(key, "POST", "/api/v1/shops/" + SHOP + "/recommendations", "{\"items\":[{\"sku\":\"A\"}]}");
    }

    @Test
    void aKeyPastItsPosBudgetGets429WithRetryAfterWhileItsDashboardBudgetStillServes() throws Exception {
        String key = newKey();
        for (int i = 0; i < 3; i++) {
            assertNotEquals(429, recommend(key).statusCode());
        }

        HttpResponse<String> limited = recommend(key);
        HttpResponse<String> dashboard = send(key, "GET", "/api/v1/shops/" + SHOP, null);

        assertEquals(429, limited.statusCode());
        assertTrue(limited.body().contains("urn:cartwise:problem:rate-limited"), limited.body());
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 1200, "a third of the hour at most: " + retryAfter);
        assertEquals(200, dashboard.statusCode());
    }

    @Test
    void aKeyPastItsDashboardBudgetGets429WhileAnotherKeyOfTheShopStillServes() throws Exception {
        String key = newKey();
        send(key, "GET", "/api/v1/shops/" + SHOP, null);
        send(key, "GET", "/api/v1/shops/" + SHOP, null);

        HttpResponse<String> limited = send(key, "GET", "/api/v1/shops/" + SHOP, null);

        assertEquals(429, limited.statusCode());
        assertTrue(limited.headers().firstValue("Retry-After").isPresent());
        assertEquals(200, send(newKey(), "GET", "/api/v1/shops/" + SHOP, null).statusCode());
    }

    @Test
    void theOperatorKeyHasNoBudget() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertEquals(200, send(TestServers.OPERATOR_KEY, "GET", "/api/v1/shops/" + SHOP, null).statusCode());
        }
    }

    @Test
    void aKeyPastItsPosBudgetGetsResourceExhaustedOverGrpc() throws Exception {
        String key = newKey();
        ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", server.grpcPort()).usePlaintext()
                .intercept(TestServers.headerInterceptor("Bearer " + key)).build();
        try {
            RecommendationServiceGrpc.RecommendationServiceBlockingStub till = RecommendationServiceGrpc.newBlockingStub(channel);
            RecommendForCartRequest request = RecommendForCartRequest.newBuilder().setShopId(SHOP)
                    .addItems(CartItem.newBuilder().setSku("A")).build();
            for (int i = 0; i < 3; i++) {
                try {
                    till.withDeadlineAfter(10, TimeUnit.SECONDS).recommendForCart(request);
                } catch (StatusRuntimeException answered) {
                    assertNotEquals(Status.Code.RESOURCE_EXHAUSTED, answered.getStatus().getCode(), answered.toString());
                }
            }

            StatusRuntimeException exhausted = assertThrows(StatusRuntimeException.class,
                    () -> till.withDeadlineAfter(10, TimeUnit.SECONDS).recommendForCart(request));

            assertEquals(Status.Code.RESOURCE_EXHAUSTED, exhausted.getStatus().getCode());
            assertTrue(Long.parseLong(exhausted.getTrailers().get(ApiKeyInterceptor.RETRY_AFTER)) >= 1);
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
