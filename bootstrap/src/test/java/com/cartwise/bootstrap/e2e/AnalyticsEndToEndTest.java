package com.cartwise.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.server.CartwiseServer;
import com.cartwise.proto.v1.Accept;
import com.cartwise.proto.v1.Event;
import com.cartwise.proto.v1.EventServiceGrpc;
import com.cartwise.proto.v1.RecordEventsRequest;
import com.cartwise.proto.v1.RecordEventsResponse;
import com.google.protobuf.Timestamp;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The closed loop on real sockets and PostgreSQL: a till's events over REST and gRPC, kept once
 * each however often they are sent, and the dashboard's figures from them.
 * <p>By hand: answer 1 shows variants 10 and 12 (co-purchase, popularity); 10 is accepted over
 * REST, and again (the same event id) over gRPC; order #1 (100.00, holds 10, lists answer 1) has
 * the accepted recommendation, order #2 (40.00) none. Acceptance: co-purchase 1/1, popularity 0/1;
 * revenue 140.00, 100.00 attributed, averages 100.00 with and 40.00 without.
 */
class AnalyticsEndToEndTest {
    private static final String ANSWER = "11111111111111111111111111111111";
    private static final String EVENTS = """
            {"events": [
              {"event_id": "i1", "type": "impression", "occurred_at": "2026-03-02T10:00:00Z", "recommendation_id": "%1$s",
               "cart_variant_ids": [1], "shown": [{"variant_id": 10, "source": "co_purchase"}, {"variant_id": 12, "source": "popularity"}]},
              {"event_id": "a1", "type": "accept", "occurred_at": "2026-03-02T10:00:05Z", "recommendation_id": "%1$s", "variant_id": 10},
              {"event_id": "p1", "type": "purchase", "occurred_at": "2026-03-02T10:05:00Z", "order_id": "#1", "variant_ids": [1, 10],
               "revenue": {"amount": "100.00", "currency_code": "EUR"}, "recommendation_ids": ["%1$s"]},
              {"event_id": "p2", "type": "purchase", "occurred_at": "2026-03-03T12:00:00Z", "order_id": "#2", "variant_ids": [2],
               "revenue": {"amount": "40.00", "currency_code": "EUR"}}
            ]}""".formatted(ANSWER);
    private static CartwiseServer server;
    private static Http http;
    private static ManagedChannel channel;
    @TempDir
    static Path dataDirectory;

    @BeforeAll
    static void startCartwise() {
        server = TestServers.embedded(dataDirectory);
        http = new Http(server.httpPort());
        channel = ManagedChannelBuilder.forAddress("localhost", server.grpcPort()).usePlaintext()
                .intercept(TestServers.operatorKey()).build();
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
    void eventsAreKeptOnceAndTheDashboardSumsThem() {
        assertEquals(201, http.postJson("/api/v1/shops", "{\"shop_id\":\"loop\",\"name\":\"Loop\",\"currency\":\"EUR\"}").statusCode());

        HttpResponse<String> first = http.postJson("/api/v1/shops/loop/events", EVENTS);
        HttpResponse<String> retry = http.postJson("/api/v1/shops/loop/events", EVENTS);
        RecordEventsResponse overGrpc = EventServiceGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS)
                .recordEvents(RecordEventsRequest.newBuilder().setShopId("loop")
                        .addEvents(Event.newBuilder().setEventId("a1").setOccurredAt(Timestamp.newBuilder().setSeconds(1_772_445_605L))
                                .setAccept(Accept.newBuilder().setRecommendationId(ANSWER).setVariantId(10)))
                        .build());

        assertEquals("{\"received\":4,\"recorded\":4,\"duplicates\":0}", first.body());
        assertEquals("{\"received\":4,\"recorded\":0,\"duplicates\":4}", retry.body());
        assertEquals(RecordEventsResponse.newBuilder().setReceived(1).setDuplicates(1).build(), overGrpc);
        String acceptance = http.get("/api/v1/shops/loop/analytics/acceptance?from=2026-03-01&to=2026-03-31&format=csv").body();
        assertEquals("""
                dimension,key,shown,accepted,acceptance_rate
                source,co_purchase,1,1,1.0
                source,popularity,1,0,0.0
                variant,10,1,1,1.0
                variant,12,1,0,0.0
                """, acceptance.replace("\r\n", "\n"));
        String revenue = http.get("/api/v1/shops/loop/analytics/revenue?from=2026-03-01&to=2026-03-31").body();
        assertTrue(revenue.contains("\"revenue\":\"140.00\"") && revenue.contains("\"revenue_attributed_to_recommendations\":\"100.00\"")
                && revenue.contains("\"average_order_value_with_accepted_recommendation\":\"100.00\"")
                && revenue.contains("\"average_order_value_without_accepted_recommendation\":\"40.00\""), revenue);
    }
}
