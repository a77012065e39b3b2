package com.cartwise.bootstrap.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.RefusedRequests;
import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.server.CartwiseServer;
import com.cartwise.proto.v1.CartItem;
import com.cartwise.proto.v1.RecommendForCartRequest;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /prometheus and the health groups over real sockets, on a database the test can take away. */
class MetricsAndHealthTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path temp;

    @Test
    void callsShowUpAsMetricsAndReadinessFollowsTheDatabaseWhileLivenessStaysUp() throws Exception {
        EmbeddedPostgres database = EmbeddedPostgres.builder().start();
        try (CartwiseServer server = TestServers.withDatabaseUrl(
                "postgres://postgres@localhost:" + database.getPort() + "/postgres", temp.resolve("unused"))) {
            assertEquals(200, get(server, "/health/liveness").statusCode());
            assertEquals(200, get(server, "/health/readiness").statusCode());

            post(server, "/api/v1/shops", "{\"shop_id\":\"metered\",\"name\":\"Metered\",\"currency\":\"EUR\"}");
            post(server, "/api/v1/shops/metered/recommendations", "{\"items\":[{\"sku\":\"A\"}],\"limit\":3}");
            HttpResponse<String> training = post(server, "/api/v1/shops/metered/models?wait=true", "{}");
            assertTrue(training.statusCode() >= 400, "a shop without orders has nothing to learn: " + training.body());
            grpcCall(server);
            // the start's door rehearsal was refused too (docs/OPERATIONS.md): count from here
            long refusedBefore = RefusedRequests.in(get(server, "/prometheus").body(), "grpc", "unauthenticated");
            refusedGrpcCall(server);

            String scrape = get(server, "/prometheus").body();
            assertTrue(scrape.contains("http_server_requests_seconds_bucket{") && scrape.contains("uri=\"/api/v1/shops/{shopId}/recommendations\""),
                    "a REST route's latency histogram");
            assertTrue(scrape.contains("grpc_server_processing_duration_seconds_bucket{")
                    && scrape.contains("method=\"RecommendForCart\""), "an RPC's latency histogram");
            assertTrue(scrape.lines().anyMatch(line -> line.startsWith("grpc_server_processing_duration_seconds_count{")
                    && line.contains("method=\"RecommendForCart\"") && line.contains("statusCode=\"UNAUTHENTICATED\"")),
                    "an RPC refused for want of a key is counted under its status");
            assertEquals(refusedBefore + 1, RefusedRequests.in(scrape, "grpc", "unauthenticated"), "and under its door and reason");
            assertTrue(scrape.contains("cartwise_job_seconds_count{kind=\"training\",state=\"failed\"} 1"), "the job's duration");
            assertTrue(scrape.contains("cartwise_job_phase_seconds_count{kind=\"training\""), "its phases' durations");
            assertTrue(scrape.contains("cartwise_model_cache_total{result=\"miss\"}"), "the model cache's misses");
            for (String scheduler : new String[] {"job-heartbeats", "shopify-schedule"}) {
                // a pool Micrometer cannot see into (Executors' single-thread wrapper) has no executor meters at all
                assertTrue(scrape.contains("executor_pool_size_threads{name=\"" + scheduler + "\"}"), scheduler + "'s executor meters");
            }

            database.close();

            HttpResponse<String> notReady = get(server, "/health/readiness");
            assertEquals(503, notReady.statusCode(), notReady.body());
            assertTrue(notReady.body().contains("DOWN"), notReady.body());
            HttpResponse<String> alive = get(server, "/health/liveness");
            assertEquals(200, alive.statusCode(), alive.body());
            assertTrue(alive.body().contains("UP"), alive.body());
        } finally {
            database.close();
        }
    }

    private static void grpcCall(CartwiseServer server) throws InterruptedException {
        ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", server.grpcPort()).usePlaintext()
                .intercept(TestServers.operatorKey()).build();
        try {
            RecommendationServiceGrpc.newBlockingStub(channel).recommendForCart(RecommendForCartRequest.newBuilder()
                    .setShopId("metered").addItems(CartItem.newBuilder().setSku("A")).setLimit(3).build());
        } catch (StatusRuntimeException ignored) {
            // any status is timed
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static void refusedGrpcCall(CartwiseServer server) throws InterruptedException {
        ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", server.grpcPort()).usePlaintext().build();
        try {
            StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> RecommendationServiceGrpc
                    .newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS).recommendForCart(RecommendForCartRequest.newBuilder()
                            .setShopId("metered").addItems(CartItem.newBuilder().setSku("A")).setLimit(3).build()));
            assertEquals(Status.Code.UNAUTHENTICATED, refused.getStatus().getCode());
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static HttpResponse<String> get(CartwiseServer server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.httpPort() + path))
                .header("Authorization", TestServers.OPERATOR_BEARER).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(CartwiseServer server, String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.httpPort() + path))
                .header("Authorization", TestServers.OPERATOR_BEARER)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
