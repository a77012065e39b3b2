package com.cartwise.bootstrap.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.RefusedRequests;
import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.server.CartwiseServer;
import com.cartwise.grpc.access.ApiKeyInterceptor;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route the router knows and every RPC the running gRPC server offers, called with shop A's
 * key about shop B: each answers as if B did not exist (404 shop-not-found, NOT_FOUND), a route
 * about no one shop refuses A's key (403), and without a key each is 401 / UNAUTHENTICATED. The
 * routes and RPCs are read from the running server, so a new endpoint is covered as soon as it
 * exists; the only exemptions are {@link com.cartwise.rest.access.OpenRoutes#ALL} and {@link ApiKeyInterceptor#OPEN_SERVICES}.
 */
class TenancyMatrixTest {
    private static final String SHOP_A = "tenant-a";
    private static final String SHOP_B = "tenant-b";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dataDirectory;
    private static CartwiseServer server;
    private static String keyOfA;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.embedded(dataDirectory);
        for (String shop : List.of(SHOP_A, SHOP_B)) {
            assertEquals(201, send(TestServers.OPERATOR_KEY, "POST", "/api/v1/shops", "application/json",
                    "{\"shop_id\":\"" + shop + "\",\"name\":\"Shop\",\"currency\":\"EUR\"}").statusCode());
        }
        HttpResponse<String> issued = send(TestServers.OPERATOR_KEY, "POST", "/api/v1/admin/shops/" + SHOP_A + "/api-keys",
                "application/json", "{}");
        assertEquals(201, issued.statusCode(), issued.body());
        keyOfA = issued.body().replaceAll(".*\"key\":\"([^\"]+)\".*", "$1");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** {@code cartwise_requests_refused_total} of a door and reason, as /prometheus shows it now. */
    private static long refused(String door, String reason) throws IOException, InterruptedException {
        String scrape = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.httpPort() + "/prometheus"))
                .header("Authorization", TestServers.OPERATOR_BEARER).build(), HttpResponse.BodyHandlers.ofString()).body();
        return RefusedRequests.in(scrape, door, reason);
    }

    @Test
    void everyRouteAboutShopBAnswersShopAsKeyAsIfShopBDidNotExist() throws Exception {
        List<String> wrong = new ArrayList<>();
        List<GuardedRoute> routes = guardedRoutes();
        long otherShopBefore = refused("rest", "other_shop");
        long forbiddenBefore = refused("rest", "forbidden");
        for (GuardedRoute route : routes) {
            HttpResponse<String> answer = route.call(server.httpPort(), keyOfA, SHOP_B);
            boolean aboutAShop = route.aboutOneShop();
            int expected = aboutAShop ? 404 : 403;
            String type = aboutAShop ? "urn:cartwise:problem:shop-not-found" : "urn:cartwise:problem:forbidden";
            // A HEAD answer has the status of its GET, without the body.
            boolean bodyAsExpected = route.method().equals("HEAD") || answer.body().contains("\"type\":\"" + type + "\"")
                    && (!aboutAShop || answer.body().contains("There is no shop '" + SHOP_B + "'"));
            if (answer.statusCode() != expected || !bodyAsExpected) {
                wrong.add(route + " -> " + answer.statusCode() + " " + answer.body());
            }
        }
        assertTrue(routes.size() >= 30, "the router lists the API's routes: " + routes);
        assertEquals(List.of(), wrong);
        long aboutAShop = routes.stream().filter(GuardedRoute::aboutOneShop).count();
        assertEquals(otherShopBefore + aboutAShop, refused("rest", "other_shop"), "each refusal counted under its reason");
        assertEquals(forbiddenBefore + routes.size() - aboutAShop, refused("rest", "forbidden"));
    }

    @Test
    void everyGuardedRouteAnswers401WithoutAKeyOrWithAWrongOne() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (GuardedRoute route : guardedRoutes()) {
            for (String key : new String[] {null, keyOfA.substring(0, keyOfA.length() - 3) + "abc"}) {
                HttpResponse<String> answer = route.call(server.httpPort(), key, SHOP_B);
                if (answer.statusCode() != 401
                        || !(route.method().equals("HEAD") || answer.body().contains("urn:cartwise:problem:unauthenticated"))) {
                    wrong.add(route + (key == null ? " without key" : " with a wrong key") + " -> " + answer.statusCode());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void shopAsKeyIsNotRefusedOnShopAsOwnReadingRoutes() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (GuardedRoute route : guardedRoutes()) {
            if (!route.aboutOneShop() || !"GET".equals(route.method())) {
                continue;
            }
            HttpResponse<String> answer = route.call(server.httpPort(), keyOfA, SHOP_A);
            if (answer.statusCode() == 401 || answer.statusCode() == 403 || answer.body().contains("shop-not-found")) {
                wrong.add(route + " -> " + answer.statusCode() + " " + answer.body());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyRpcAboutShopBAnswersShopAsKeyWithTheUnknownShopsNotFound() throws Exception {
        List<String> wrong = new ArrayList<>();
        List<GuardedRpc> rpcs = GuardedRpc.of(server);
        long otherShopBefore = refused("grpc", "other_shop");
        long unauthenticatedBefore = refused("grpc", "unauthenticated");
        ManagedChannel withA = channel(keyOfA);
        ManagedChannel withoutKey = channel(null);
        try {
            for (GuardedRpc rpc : rpcs) {
                Status aboutB = rpc.call(withA, SHOP_B);
                Status.Code expected = rpc.namesAShop() ? Status.Code.NOT_FOUND : Status.Code.PERMISSION_DENIED;
                if (aboutB.getCode() != expected
                        || (rpc.namesAShop() && !("no shop with shop_id '" + SHOP_B + "' exists").equals(aboutB.getDescription()))) {
                    wrong.add(rpc + " with A's key -> " + aboutB);
                }
                Status anonymous = rpc.call(withoutKey, SHOP_B);
                if (anonymous.getCode() != Status.Code.UNAUTHENTICATED) {
                    wrong.add(rpc + " without key -> " + anonymous);
                }
            }
        } finally {
            withA.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            withoutKey.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
        assertTrue(rpcs.size() >= 3, "the server offers the API's RPCs: " + rpcs);
        assertEquals(List.of(), wrong);
        assertEquals(otherShopBefore + rpcs.stream().filter(GuardedRpc::namesAShop).count(), refused("grpc", "other_shop"),
                "each refusal counted under its reason");
        assertEquals(unauthenticatedBefore + rpcs.size(), refused("grpc", "unauthenticated"));
    }

    @Test
    void aPosExtensionsPreflightNeedsNoKeyAndMaySendTheAuthorizationHeader() throws Exception {
        HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.httpPort() + "/api/v1/shops/" + SHOP_A + "/recommendations"))
                .header("Origin", "https://extensions.shopifycdn.com")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, preflight.statusCode(), preflight.body());
        assertEquals("https://extensions.shopifycdn.com", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase().contains("authorization"),
                preflight.headers().map().toString());
    }

    private static ManagedChannel channel(String key) {
        ManagedChannelBuilder<?> builder = ManagedChannelBuilder.forAddress("localhost", server.grpcPort()).usePlaintext();
        return (key == null ? builder : builder.intercept(TestServers.headerInterceptor("Bearer " + key))).build();
    }

    private static List<GuardedRoute> guardedRoutes() {
        return GuardedRoute.guarded(server);
    }

    private static HttpResponse<String> send(String key, String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        return Requests.send(server.httpPort(), key, method, path, contentType, body, Map.of());
    }
}
