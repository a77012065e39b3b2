package com.cartwise.bootstrap.flags;

import static com.cartwise.bootstrap.flags.ReplicasOfADemoShop.askSki;
import static com.cartwise.bootstrap.flags.ReplicasOfADemoShop.await;
import static com.cartwise.bootstrap.flags.ReplicasOfADemoShop.givenATrainedDemoShop;
import static com.cartwise.bootstrap.flags.ReplicasOfADemoShop.json;
import static com.cartwise.bootstrap.flags.ReplicasOfADemoShop.recommendSki;
import static com.cartwise.bootstrap.flags.ReplicasOfADemoShop.setFlag;
import static com.cartwise.bootstrap.flags.ReplicasOfADemoShop.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.bootstrap.robustness.RestCalls;
import com.cartwise.proto.v1.Arm;
import com.cartwise.proto.v1.RecommendForCartResponse;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import com.cartwise.proto.v1.Source;
import io.micronaut.json.tree.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The A/B holdout over real sockets on two replicas of one PostgreSQL: the operator sets
 * holdout.share and holdout.control on one, the other's REST and gRPC answers follow within
 * seconds without a restart; sessions split between the arms and keep theirs; events sent back
 * with the answers' ids make the holdout report (by hand below) without anything stored per answer.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class HoldoutEndToEndTest {
    private static final String SHOP = "ab-tested";

    @TempDir
    Path temp;

    @Test
    void theHoldoutFlagsSplitTheOtherReplicasAnswersAndTheReportReadsTheArmsFromTheEvents() throws Exception {
        try (TwoReplicas replicas = TwoReplicas.start(temp, Map.of())) {
            RestCalls admin = replicas.admin;
            RestCalls other = replicas.other;
            RecommendationServiceGrpc.RecommendationServiceBlockingStub till = replicas.till;
            givenATrainedDemoShop(admin, SHOP, temp.resolve("exports"));
            assertEquals("none", text(recommendSki(other, SHOP, "visit-1"), "arm"));
            assertEquals(Arm.ARM_NONE, askSki(till, SHOP, "visit-1").getArm());

            setFlag(admin, SHOP, "holdout.share", "1");
            await(() -> "control".equals(text(recommendSki(other, SHOP, "visit-1"), "arm")), "REST on the other replica answers control");
            assertEquals(RecommendForCart.CONTROL_POPULARITY, text(recommendSki(other, SHOP, "visit-1"), "reason"));
            RecommendForCartResponse control = askSki(till, SHOP, "visit-1");
            assertEquals(Arm.ARM_CONTROL, control.getArm());
            assertEquals(Source.SOURCE_POPULARITY, control.getSource());
            assertTrue(control.getRecommendationId().startsWith("2"), control.getRecommendationId());

            setFlag(admin, SHOP, "holdout.control", "\"none\"");
            await(() -> askSki(till, SHOP, "visit-1").getRecommendationsCount() == 0, "gRPC on the other replica answers nothing");
            assertEquals(RecommendForCart.CONTROL_NONE, askSki(till, SHOP, "visit-1").getReason());

            assertEquals(200, admin.delete("/api/v1/admin/shops/" + SHOP + "/flags/holdout.control", "e2e-ops").statusCode());
            setFlag(admin, SHOP, "holdout.share", "0.5");
            await(() -> splitsWithBestSellers(till), "the other replica splits at one half, its control with best sellers");
            Map<Arm, RecommendForCartResponse> oneOfEach = new HashMap<>();
            for (int i = 0; i < 60; i++) {
                RecommendForCartResponse answer = askSki(till, SHOP, "visit-" + i);
                assertEquals(answer.getArm(), askSki(till, SHOP, "visit-" + i).getArm(), "a session keeps its arm");
                assertNotEquals(Arm.ARM_NONE, answer.getArm());
                oneOfEach.putIfAbsent(answer.getArm(), answer);
            }
            assertEquals(2, oneOfEach.size(), "60 sessions at one half fall in both arms");

            // by hand: treatment shows its first two, one accepted, order 100.00; control shows its first two, none
            // accepted, order 50.00; an order naming both arms is mixed. Rates 0.5 and 0; too few orders for Welch.
            String today = LocalDate.now(ZoneOffset.UTC).toString();
            HttpResponse<String> sent = other.post("/api/v1/shops/" + SHOP + "/events", events(oneOfEach.get(Arm.ARM_TREATMENT),
                    oneOfEach.get(Arm.ARM_CONTROL)));
            assertEquals(200, sent.statusCode(), sent.body());
            JsonNode report = json(admin.get("/api/v1/shops/" + SHOP + "/analytics/holdout?from=" + today + "&to=" + today).body());
            JsonNode treatment = report.get("rows").get(0);
            JsonNode controlRow = report.get("rows").get(1);
            assertEquals("treatment", treatment.get("arm").getStringValue());
            assertEquals(1, treatment.get("answers").getLongValue());
            assertEquals(2, treatment.get("shown").getLongValue());
            assertEquals(1, treatment.get("accepted").getLongValue());
            assertEquals(0.5, treatment.get("acceptance_rate").getDoubleValue());
            assertEquals("100.00", treatment.get("average_order_value").getStringValue());
            assertEquals("control", controlRow.get("arm").getStringValue());
            assertEquals(2, controlRow.get("shown").getLongValue());
            assertEquals(0, controlRow.get("accepted").getLongValue());
            assertEquals("50.00", controlRow.get("average_order_value").getStringValue());
            assertEquals(1, report.get("mixed_orders").getLongValue());
            assertEquals(0.5, report.get("lift").get("acceptance_rate").get("difference").getDoubleValue());
            assertTrue(report.get("lift").get("average_order_value").isNull());
            assertEquals(0.5, report.get("holdout").get("share").getDoubleValue());
        }
    }

    private static String events(RecommendForCartResponse treatment, RecommendForCartResponse control) {
        String at = java.time.Instant.now().toString();
        return """
                {"events": [
                  {"event_id": "t-i", "type": "impression", "occurred_at": "%1$s", "recommendation_id": "%2$s",
                   "shown": [{"variant_id": %3$d, "source": "co_purchase"}, {"variant_id": %4$d, "source": "co_purchase"}]},
                  {"event_id": "t-a", "type": "accept", "occurred_at": "%1$s", "recommendation_id": "%2$s", "variant_id": %3$d},
                  {"event_id": "t-p", "type": "purchase", "occurred_at": "%1$s", "order_id": "#1", "variant_ids": [%3$d],
                   "revenue": {"amount": "100.00", "currency_code": "EUR"}, "recommendation_ids": ["%2$s"]},
                  {"event_id": "c-i", "type": "impression", "occurred_at": "%1$s", "recommendation_id": "%5$s",
                   "shown": [{"variant_id": %6$d, "source": "popularity"}, {"variant_id": %7$d, "source": "popularity"}]},
                  {"event_id": "c-p", "type": "purchase", "occurred_at": "%1$s", "order_id": "#2", "variant_ids": [%6$d],
                   "revenue": {"amount": "50.00", "currency_code": "EUR"}, "recommendation_ids": ["%5$s"]},
                  {"event_id": "m-p", "type": "purchase", "occurred_at": "%1$s", "order_id": "#3", "variant_ids": [%6$d],
                   "revenue": {"amount": "70.00", "currency_code": "EUR"}, "recommendation_ids": ["%2$s", "%5$s"]}
                ]}""".formatted(at, treatment.getRecommendationId(), variant(treatment, 0), variant(treatment, 1),
                control.getRecommendationId(), variant(control, 0), variant(control, 1));
    }

    /** Some of 20 sessions are in treatment, and every one in control gets best sellers. */
    private static boolean splitsWithBestSellers(RecommendationServiceGrpc.RecommendationServiceBlockingStub till) {
        boolean treatment = false;
        for (int i = 0; i < 20; i++) {
            RecommendForCartResponse answer = askSki(till, SHOP, "visit-" + i);
            treatment |= answer.getArm() == Arm.ARM_TREATMENT;
            if (answer.getArm() == Arm.ARM_CONTROL && answer.getRecommendationsCount() == 0) {
                return false;
            }
        }
        return treatment;
    }

    private static long variant(RecommendForCartResponse answer, int index) {
        return answer.getRecommendations(index).getVariant().getVariantId();
    }
}
