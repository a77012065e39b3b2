package com.cartwise.bootstrap.flags;

import static com.cartwise.bootstrap.flags.ReplicasOfADemoShop.await;
import static com.cartwise.bootstrap.flags.ReplicasOfADemoShop.givenATrainedDemoShop;
import static com.cartwise.bootstrap.flags.ReplicasOfADemoShop.json;
import static com.cartwise.bootstrap.flags.ReplicasOfADemoShop.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.robustness.RestCalls;
import com.cartwise.bootstrap.server.CartwiseServer;
import com.cartwise.proto.v1.CartItem;
import com.cartwise.proto.v1.RecommendForCartRequest;
import com.cartwise.proto.v1.RecommendForCartResponse;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import com.cartwise.proto.v1.Source;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.micronaut.json.tree.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flags over real sockets on two replicas of one database: the operator changes a flag on one,
 * and the other applies it within seconds, without a restart. The kill switch, set on the first,
 * makes the second's REST and gRPC answers best sellers, stops the generation running on the
 * second (cancelled through the job system) and refuses a new one; removed, co-purchases return.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class FeatureFlagsEndToEndTest {
    private static final String SHOP = "flagged";
    private static final String SKI = "SKI-005-156CM";

    @TempDir
    Path temp;

    private CartwiseServer replica(EmbeddedPostgres database, Path directory) {
        // Waves two seconds apart: a generation stays in its publishing phase long enough to be stopped there.
        return ReplicasOfADemoShop.replica(database, temp, directory, Map.of("cartwise.bundles.publishing.wave-interval", "2s"));
    }

    @Test
    void aFlagSetOnOneReplicaTakesEffectOnTheOtherAndTheKillSwitchStopsServingAndGeneration() throws Exception {
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().start();
             CartwiseServer first = replica(database, temp.resolve("one"));
             CartwiseServer second = replica(database, temp.resolve("two"))) {
            RestCalls admin = new RestCalls(first.httpPort());
            RestCalls other = new RestCalls(second.httpPort());
            ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", second.grpcPort()).usePlaintext()
                    .intercept(TestServers.operatorKey()).build();
            try {
                givenATrainedDemoShop(admin, SHOP, temp.resolve("exports"));
                RecommendationServiceGrpc.RecommendationServiceBlockingStub till = RecommendationServiceGrpc.newBlockingStub(channel);
                assertEquals("co_purchase", text(recommend(other), "source"));
                assertEquals(Source.SOURCE_CO_PURCHASE, ask(till).getSource());

                HttpResponse<String> started = other.post("/api/v1/shops/" + SHOP + "/bundle-generations", "{\"ai_copy\": false}");
                assertEquals(202, started.statusCode(), started.body());
                String job = json(started.body()).get("job_id").getStringValue();
                await(() -> "publishing".equals(text(jobOf(other, job), "phase")), "the generation reaches its publishing waves");

                HttpResponse<String> set = admin.put("/api/v1/admin/shops/" + SHOP + "/flags/kill_switch", "{\"value\": true}", "e2e-ops");
                assertEquals(200, set.statusCode(), set.body());

                await(() -> "popularity".equals(text(recommend(other), "source")), "REST on the other replica falls back to popularity");
                assertTrue(text(recommend(other), "reason").contains("kill switch"), text(recommend(other), "reason"));
                RecommendForCartResponse grpc = ask(till);
                assertEquals(Source.SOURCE_POPULARITY, grpc.getSource());
                assertTrue(grpc.getReason().contains("kill switch"), grpc.getReason());
                await(() -> "cancelled".equals(text(jobOf(other, job), "state")), "the running generation is cancelled");
                HttpResponse<String> refused = other.post("/api/v1/shops/" + SHOP + "/bundle-generations", "{}");
                assertEquals(409, refused.statusCode(), refused.body());
                assertEquals("urn:cartwise:problem:switched-off", text(json(refused.body()), "type"));

                assertEquals(200, admin.delete("/api/v1/admin/shops/" + SHOP + "/flags/kill_switch", "e2e-ops").statusCode());
                await(() -> "co_purchase".equals(text(recommend(other), "source")), "co-purchases come back without a restart");
                assertEquals(Source.SOURCE_CO_PURCHASE, ask(till).getSource());

                JsonNode audit = json(other.get("/api/v1/admin/flags/audit?limit=2").body()).get("changes");
                assertEquals("e2e-ops (key operator)", audit.get(0).get("actor").getStringValue(),
                        "the person and the key that changed it");
                assertTrue(audit.get(0).get("new_value").isNull());
                assertTrue(audit.get(1).get("new_value").getBooleanValue());
            } finally {
                channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
    }

    private static JsonNode recommend(RestCalls rest) {
        HttpResponse<String> answer = rest.post("/api/v1/shops/" + SHOP + "/recommendations", "{\"items\":[{\"sku\":\"" + SKI
                + "\"}],\"limit\":3}");
        assertEquals(200, answer.statusCode(), answer.body());
        return json(answer.body());
    }

    private static RecommendForCartResponse ask(RecommendationServiceGrpc.RecommendationServiceBlockingStub till) {
        return till.withDeadlineAfter(10, TimeUnit.SECONDS).recommendForCart(RecommendForCartRequest.newBuilder().setShopId(SHOP)
                .addItems(CartItem.newBuilder().setSku(SKI).setQuantity(1)).setLimit(3).build());
    }

    private static JsonNode jobOf(RestCalls rest, String job) {
        return json(rest.get("/api/v1/shops/" + SHOP + "/jobs/" + job).body());
    }

}
