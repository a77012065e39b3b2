package com.cartwise.benchmarks.soak;

import com.cartwise.benchmarks.load.Door;
import com.cartwise.benchmarks.load.GrpcDoors;
import com.cartwise.benchmarks.load.KeepAliveConnection;
import com.cartwise.proto.v1.Accept;
import com.cartwise.proto.v1.Event;
import com.cartwise.proto.v1.EventServiceGrpc;
import com.cartwise.proto.v1.Impression;
import com.cartwise.proto.v1.RecordEventsRequest;
import com.cartwise.proto.v1.RecordEventsResponse;
import com.cartwise.proto.v1.Shown;
import com.cartwise.proto.v1.Source;
import com.google.protobuf.Timestamp;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The till's events after an answer: each batch reports answers as shown (an impression) and, for
 * every second one, its first recommendation as accepted, under new event ids, over gRPC
 * (EventService.RecordEvents) or REST ({@code POST .../events}). Every event must be recorded:
 * a batch of new ids counted as duplicates, or refused, is an error.
 */
final class EventDoors {
    private static final Pattern RECORDED = Pattern.compile("\"recorded\"\\s*:\\s*(\\d+)");

    private EventDoors() {
    }

    static Door grpc(String name, GrpcDoors.Channels channels, Duration deadline, String shop, ShownAnswers shown, int batch) {
        return Door.named(name, thread -> {
            EventServiceGrpc.EventServiceBlockingStub stub = EventServiceGrpc.newBlockingStub(channels.forThread(thread));
            ShownAnswers.Batches batches = shown.batches(thread);
            return () -> {
                RecordEventsRequest.Builder request = RecordEventsRequest.newBuilder().setShopId(shop);
                Timestamp now = timestamp(Instant.now());
                for (ShownAnswers.Planned event : batches.next(batch)) {
                    ShownAnswers.Answer answer = event.answer();
                    Event.Builder proto = Event.newBuilder().setEventId(eventId()).setOccurredAt(now);
                    if (event.accept()) {
                        proto.setAccept(Accept.newBuilder().setRecommendationId(answer.recommendationId()).setVariantId(answer.shown().getFirst()));
                    } else {
                        Impression.Builder impression = Impression.newBuilder().setRecommendationId(answer.recommendationId())
                                .addAllCartVariantIds(answer.cartVariantIds());
                        for (int i = 0; i < answer.shown().size(); i++) {
                            impression.addShown(Shown.newBuilder().setVariantId(answer.shown().get(i)).setSource(answer.sources().get(i)));
                        }
                        proto.setImpression(impression);
                    }
                    request.addEvents(proto);
                }
                RecordEventsResponse response = stub.withDeadlineAfter(deadline.toNanos(), TimeUnit.NANOSECONDS).recordEvents(request.build());
                if (response.getRecorded() != batch) {
                    throw new IllegalStateException("recorded " + response.getRecorded() + " of " + batch + " new events");
                }
            };
        });
    }

    static Door rest(String name, URI base, String shop, ShownAnswers shown, int batch, String key) {
        String path = "/api/v1/shops/" + shop + "/events";
        return Door.named(name, thread -> {
            KeepAliveConnection connection = KeepAliveConnection.to(base);
            ShownAnswers.Batches batches = shown.batches(thread);
            return new Door.Caller() {
                @Override
                public void call() throws Exception {
                    String now = Instant.now().toString();
                    StringJoiner json = new StringJoiner(",", "{\"events\":[", "]}");
                    for (ShownAnswers.Planned event : batches.next(batch)) {
                        json.add(event.accept() ? accept(event.answer(), now) : impression(event.answer(), now));
                    }
                    byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
                    String answer = connection.exchange(KeepAliveConnection.request("POST", base, path, key, body));
                    Matcher recorded = RECORDED.matcher(answer);
                    if (!recorded.find() || Integer.parseInt(recorded.group(1)) != batch) {
                        throw new IllegalStateException("recorded not all of " + batch + " new events: " + answer);
                    }
                }

                @Override
                public void close() throws Exception {
                    connection.close();
                }
            };
        });
    }

    private static String accept(ShownAnswers.Answer answer, String now) {
        return String.format(Locale.ROOT, "{\"event_id\":\"%s\",\"type\":\"accept\",\"occurred_at\":\"%s\",\"recommendation_id\":\"%s\","
                + "\"variant_id\":%d}", eventId(), now, answer.recommendationId(), answer.shown().getFirst());
    }

    private static String impression(ShownAnswers.Answer answer, String now) {
        StringBuilder json = new StringBuilder(String.format(Locale.ROOT,
                "{\"event_id\":\"%s\",\"type\":\"impression\",\"occurred_at\":\"%s\",\"recommendation_id\":\"%s\",\"shown\":[",
                eventId(), now, answer.recommendationId()));
        for (int i = 0; i < answer.shown().size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"variant_id\":").append(answer.shown().get(i)).append(",\"source\":\"")
                    .append(answer.sources().get(i) == Source.SOURCE_CO_PURCHASE ? "co_purchase" : "popularity").append("\"}");
        }
        json.append("],\"cart_variant_ids\":[");
        for (int i = 0; i < answer.cartVariantIds().size(); i++) {
            json.append(i == 0 ? "" : ",").append(answer.cartVariantIds().get(i));
        }
        return json.append("]}").toString();
    }

    private static String eventId() {
        return "soak-" + UUID.randomUUID();
    }

    private static Timestamp timestamp(Instant at) {
        return Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()).build();
    }
}
