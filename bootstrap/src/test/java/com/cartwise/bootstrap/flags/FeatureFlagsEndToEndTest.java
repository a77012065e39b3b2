package com.cartwise.bootstrap.flags;

import static com.cartwise.bootstrap.flags.ReplicasOfADemoShop.askSki;
import static com.cartwise.bootstrap.flags.ReplicasOfADemoShop.await;
import static com.cartwise.bootstrap.flags.ReplicasOfADemoShop.givenATrainedDemoShop;
import static com.cartwise.bootstrap.flags.ReplicasOfADemoShop.json;
import static com.cartwise.bootstrap.flags.ReplicasOfADemoShop.recommendSki;
import static com.cartwise.bootstrap.flags.ReplicasOfADemoShop.setFlag;
import static com.cartwise.bootstrap.flags.ReplicasOfADemoShop.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.robustness.RestCalls;
import com.cartwise.proto.v1.RecommendForCartResponse;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import com.cartwise.proto.v1.Source;
import io.micronaut.json.tree.JsonNode;
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

    @TempDir
    Path temp;

    @Test
    void aFlagSetOnOneReplicaTakesEffectOnTheOtherAndTheKillSwitchStopsServingAndGeneration() throws Exception {
        // Waves two seconds apart: a generation stays in its publishing phase long enough to be stopped there.
        try (TwoReplicas replicas = TwoReplicas.start(temp, Map.of("cartwise.bundles.publishing.wave-interval", "2s"))) {
            RestCalls admin = replicas.admin;
            RestCalls other = replicas.other;
            RecommendationServiceGrpc.RecommendationServiceBlockingStub till = replicas.till;
            givenATrainedDemoShop(admin, SHOP, temp.resolve("exports"));
            assertEquals("co_purchase", text(recommendSki(other, SHOP, null), "source"));
            assertEquals(Source.SOURCE_CO_PURCHASE, askSki(till, SHOP, null).getSource());

            HttpResponse<String> started = other.post("/api/v1/shops/" + SHOP + "/bundle-generations", "{\"ai_copy\": false}");
            assertEquals(202, started.statusCode(), started.body());
            String job = json(started.body()).get("job_id").getStringValue();
            await(() -> "publishing".equals(text(jobOf(other, job), "phase")), "the generation reaches its publishing waves");

            setFlag(admin, SHOP, "kill_switch", "true");

            await(() -> "popularity".equals(text(recommendSki(other, SHOP, null), "source")), "REST on the other replica falls back to popularity");
            assertTrue(text(recommendSki(other, SHOP, null), "reason").contains("kill switch"), text(recommendSki(other, SHOP, null), "reason"));
            RecommendForCartResponse grpc = askSki(till, SHOP, null);
            assertEquals(Source.SOURCE_POPULARITY, grpc.getSource());
            assertTrue(grpc.getReason().contains("kill switch"), grpc.getReason());
            await(() -> "cancelled".equals(text(jobOf(other, job), "state")), "the running generation is cancelled");
            HttpResponse<String> refused = other.post("/api/v1/shops/" + SHOP + "/bundle-generations", "{}");
            assertEquals(409, refused.statusCode(), refused.body());
            assertEquals("urn:cartwise:problem:switched-off", text(json(refused.body()), "type"));

            assertEquals(200, admin.delete("/api/v1/admin/shops/" + SHOP + "/flags/kill_switch", "e2e-ops").statusCode());
            await(() -> "co_purchase".equals(text(recommendSki(other, SHOP, null), "source")), "co-purchases come back without a restart");
            assertEquals(Source.SOURCE_CO_PURCHASE, askSki(till, SHOP, null).getSource());

            JsonNode audit = json(other.get("/api/v1/admin/flags/audit?limit=2").body()).get("changes");
            assertEquals("e2e-ops (key operator)", audit.get(0).get("actor").getStringValue(),
                    "the person and the key that changed it");
            assertTrue(audit.get(0).get("new_value").isNull());
            assertTrue(audit.get(1).get("new_value").getBooleanValue());
        }
    }

    private static JsonNode jobOf(RestCalls rest, String job) {
        return json(rest.get("/api/v1/shops/" + SHOP + "/jobs/" + job).body());
    }

}
