package com.cartwise.bootstrap.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.server.CartwiseServer;
import com.cartwise.bootstrap.shopify.CapturedOutput;
import com.cartwise.proto.v1.CartItem;
import com.cartwise.proto.v1.RecommendForCartRequest;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.StatusRuntimeException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys appear in no log line and in no answer but the one that issued them: a server logging at
 * DEBUG (TRACE for Cartwise), configured with an OpenAI key, is driven through issuing, listing,
 * using, misusing and revoking keys over REST and gRPC, and everything it wrote is searched for
 * the secrets (the database password's redaction is DatabaseUrlTest's).
 */
class KeysNeverLoggedTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String OPENAI_KEY = "sk-cartwise-test-never-logged-4f1c9a0b7e2d";

    @TempDir
    Path dataDirectory;

    @Test
    void noKeyIsEverWrittenToTheLogOrAnsweredAfterItsIssue() throws Exception {
        String issuedKey;
        String wrongKey;
        StringBuilder answers = new StringBuilder();
        try (CapturedOutput output = new CapturedOutput();
             CartwiseServer server = TestServers.embedded(dataDirectory, Map.of("logger.levels.com.cartwise", "TRACE",
                     "logger.levels.io.micronaut.http", "DEBUG", "logger.levels.io.grpc", "DEBUG",
                     "cartwise.copy.openai.api-key", OPENAI_KEY, "cartwise.copy.openai.base-url", "http://localhost:9/v1"))) {
            send(server, TestServers.OPERATOR_KEY, "POST", "/api/v1/shops", "{\"shop_id\":\"quiet\",\"name\":\"Q\",\"currency\":\"EUR\"}");
            HttpResponse<String> issued = send(server, TestServers.OPERATOR_KEY, "POST", "/api/v1/admin/shops/quiet/api-keys",
                    "{\"label\":\"till\"}");
            issuedKey = issued.body().replaceAll(".*\"key\":\"([^\"]+)\".*", "$1");
            assertTrue(issuedKey.startsWith("cw_"), issued.body());
            wrongKey = issuedKey.substring(0, issuedKey.length() - 4) + "zzzz";
            answers.append(send(server, issuedKey, "GET", "/api/v1/shops/quiet", null).body());
            answers.append(send(server, wrongKey, "GET", "/api/v1/shops/quiet", null).body());
            answers.append(send(server, issuedKey, "GET", "/api/v1/admin/shops/quiet/api-keys", null).body());
            answers.append(send(server, TestServers.OPERATOR_KEY, "GET", "/api/v1/admin/shops/quiet/api-keys", null).body());
            callGrpc(server, issuedKey);
            callGrpc(server, wrongKey);
            String keyId = issuedKey.substring(3, 19);
            assertEquals(204, send(server, TestServers.OPERATOR_KEY, "DELETE", "/api/v1/admin/shops/quiet/api-keys/" + keyId, null)
                    .statusCode());
            answers.append(send(server, issuedKey, "GET", "/api/v1/shops/quiet", null).body());

            String logged = output.text();
            answers.append(send(server, TestServers.OPERATOR_KEY, "GET", "/api/v1/admin/flags", null).body());
            for (String secret : new String[] {issuedKey, wrongKey, TestServers.OPERATOR_KEY, issuedKey.substring(20), OPENAI_KEY}) {
                assertFalse(logged.contains(secret), "a key's secret was logged");
                assertFalse(answers.toString().contains(secret), "a key's secret was answered after its issue");
            }
            assertTrue(logged.contains("DEBUG") || logged.contains("TRACE"), "the capture saw debug logging");
        }
    }

    private static void callGrpc(CartwiseServer server, String key) throws InterruptedException {
        ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", server.grpcPort()).usePlaintext()
                .intercept(TestServers.headerInterceptor("Bearer " + key)).build();
        try {
            RecommendationServiceGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS).recommendForCart(
                    RecommendForCartRequest.newBuilder().setShopId("quiet").addItems(CartItem.newBuilder().setSku("A")).build());
        } catch (StatusRuntimeException expected) {
            // A shop without a model, or an unknown key: only what was logged matters here.
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static HttpResponse<String> send(CartwiseServer server, String key, String method, String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.httpPort() + path))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
