package com.cartwise.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.domain.analytics.Event;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.proto.v1.Accept;
import com.cartwise.proto.v1.BundlePurchase;
import com.cartwise.proto.v1.EventServiceGrpc;
import com.cartwise.proto.v1.Impression;
import com.cartwise.proto.v1.Money;
import com.cartwise.proto.v1.Purchase;
import com.cartwise.proto.v1.RecordEventsRequest;
import com.cartwise.proto.v1.RecordEventsResponse;
import com.cartwise.proto.v1.Shown;
import com.cartwise.proto.v1.Source;
import com.google.protobuf.Timestamp;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code EventService} over a real socket: batches kept once by event id, refused by the field at fault. */
class EventGrpcServiceTest {
    private static final String ANSWER = "11111111111111111111111111111111";
    private static final Timestamp MONDAY = Timestamp.newBuilder().setSeconds(1_772_445_600L).build();
    private static GrpcTestServer server;
    private static InMemoryCartwise cartwise;

    @BeforeAll
    static void start() {
        server = GrpcTestServer.start();
        cartwise = server.bean(InMemoryCartwise.class);
        for (String shop : List.of("events-grpc", "streamed", "refused")) {
            cartwise.shops.add(new Shop(ShopId.of(shop), "Alpine", Currency.getInstance("EUR")));
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        server.close();
    }

    private static EventServiceGrpc.EventServiceBlockingStub stub() {
        return EventServiceGrpc.newBlockingStub(server.channel()).withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    private static RecordEventsRequest batch(String shop, String prefix) {
        return RecordEventsRequest.newBuilder().setShopId(shop)
                .addEvents(com.cartwise.proto.v1.Event.newBuilder().setEventId(prefix + "i").setOccurredAt(MONDAY)
                        .setImpression(Impression.newBuilder().setRecommendationId(ANSWER).addCartVariantIds(1)
                                .addShown(Shown.newBuilder().setVariantId(10).setSource(Source.SOURCE_CO_PURCHASE))))
                .addEvents(com.cartwise.proto.v1.Event.newBuilder().setEventId(prefix + "a").setOccurredAt(MONDAY)
                        .setAccept(Accept.newBuilder().setRecommendationId(ANSWER).setVariantId(10)))
                .addEvents(com.cartwise.proto.v1.Event.newBuilder().setEventId(prefix + "p").setOccurredAt(MONDAY)
                        .setPurchase(Purchase.newBuilder().setOrderId("#1").addVariantIds(1).addVariantIds(10).addRecommendationIds(ANSWER)
                                .setRevenue(Money.newBuilder().setAmount("100.00").setCurrencyCode("EUR"))))
                .addEvents(com.cartwise.proto.v1.Event.newBuilder().setEventId(prefix + "b").setOccurredAt(MONDAY)
                        .setBundlePurchase(BundlePurchase.newBuilder().setBundleKey("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
                                .setRevenue(Money.newBuilder().setAmount("50.00").setCurrencyCode("EUR"))))
                .build();
    }

    @Test
    void recordsABatchOnceAndCountsARetryAsDuplicates() {
        RecordEventsResponse first = stub().recordEvents(batch("events-grpc", "g"));
        RecordEventsResponse retry = stub().recordEvents(batch("events-grpc", "g"));

        assertEquals(RecordEventsResponse.newBuilder().setReceived(4).setRecorded(4).build(), first);
        assertEquals(RecordEventsResponse.newBuilder().setReceived(4).setDuplicates(4).build(), retry);
        List<Event> kept = cartwise.events.of(ShopId.of("events-grpc"));
        assertEquals(List.of("impression", "accept", "purchase", "bundle_purchase"), kept.stream().map(e -> e.type().wireName()).toList());
        assertEquals(java.time.Instant.parse("2026-03-02T10:00:00Z"), kept.getFirst().occurredAt());
    }

    @Test
    void aClientStreamAddsItsBatchesUp() throws Exception {
        CompletableFuture<RecordEventsResponse> answer = new CompletableFuture<>();
        StreamObserver<RecordEventsRequest> stream = EventServiceGrpc.newStub(server.channel()).streamEvents(new StreamObserver<>() {
            @Override
            public void onNext(RecordEventsResponse value) {
                answer.complete(value);
            }

            @Override
            public void onError(Throwable t) {
                answer.completeExceptionally(t);
            }

            @Override
            public void onCompleted() {
            }
        });
        stream.onNext(batch("streamed", "one-"));
        stream.onNext(batch("streamed", "two-"));
        stream.onNext(batch("streamed", "one-"));
        stream.onCompleted();

        assertEquals(RecordEventsResponse.newBuilder().setReceived(12).setRecorded(8).setDuplicates(4).build(), answer.get(10, TimeUnit.SECONDS));
    }

    @Test
    void refusesAnEventByItsPlaceAndFieldAndKeepsNothing() {
        RecordEventsRequest noVariant = batch("refused", "r").toBuilder()
                .setEvents(1, com.cartwise.proto.v1.Event.newBuilder().setEventId("bad").setOccurredAt(MONDAY)
                        .setAccept(Accept.newBuilder().setRecommendationId(ANSWER)))
                .build();
        RecordEventsRequest noType = batch("refused", "r").toBuilder()
                .setEvents(2, com.cartwise.proto.v1.Event.newBuilder().setEventId("bad").setOccurredAt(MONDAY))
                .build();
        RecordEventsRequest dollars = batch("refused", "r").toBuilder()
                .setEvents(3, batch("refused", "r").getEvents(3).toBuilder().setBundlePurchase(BundlePurchase.newBuilder()
                        .setBundleKey("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").setRevenue(Money.newBuilder().setAmount("5").setCurrencyCode("USD"))))
                .build();

        assertInvalid("events[1].accept.variant_id", noVariant);
        assertInvalid("events[2].type", noType);
        assertInvalid("events[3].revenue.currency_code", dollars);
        assertEquals(List.of(), cartwise.events.of(ShopId.of("refused")));
        StatusRuntimeException unknown = assertThrows(StatusRuntimeException.class, () -> stub().recordEvents(batch("nowhere", "x")));
        assertEquals(Status.Code.NOT_FOUND, unknown.getStatus().getCode());
    }

    private static void assertInvalid(String field, RecordEventsRequest request) {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> stub().recordEvents(request));
        assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
        assertTrue(e.getStatus().getDescription().startsWith(field + ": "), e.getStatus().getDescription());
    }
}
