package com.cartwise.bootstrap.serving;

import com.cartwise.proto.v1.CartItem;
import com.cartwise.proto.v1.RecommendForCartRequest;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Sends a starting instance's own doors one request each, over its own sockets, before it says
 * it serves: a recommendation asked without a key, which the door refuses (401, UNAUTHENTICATED).
 * A till's first call after a restart otherwise paid for loading the seven hundred classes of the
 * HTTP codec, the routing, the filters and the writers (0.59 s for the first REST answer on the
 * million-order shop, 0.09 s after the rehearsal; docs/OPERATIONS.md). The refused call reaches no
 * shop and no key; it shows in the request metrics like any refused call. Not the health
 * endpoints: asking them during the start starts the gRPC server from the health thread.
 * A rehearsal that fails is logged, never a reason to stop the start.
 */
@Singleton
public final class DoorRehearsal {
    /** Whether an instance rehearses its doors at start unless configured otherwise. */
    public static final boolean BY_DEFAULT = true;
    static final String USER_AGENT = "cartwise-start-rehearsal";
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final String SHOP = "start-rehearsal";

    /** What a door answered its rehearsal, and how long it took. */
    public record Rehearsed(String door, String recommendation, Duration took) {
    }

    /** @param base the REST server's address, e.g. {@code http://localhost:8080} */
    public Rehearsed rest(URI base) {
        long begun = System.nanoTime();
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(PATIENCE).build()) {
            HttpResponse<Void> recommendation = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/shops/" + SHOP + "/recommendations"))
                    .timeout(PATIENCE)
                    .header("User-Agent", USER_AGENT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"items\":[{\"sku\":\"rehearsal\"}],\"limit\":1}"))
                    .build(), HttpResponse.BodyHandlers.discarding());
            return new Rehearsed("REST", "HTTP " + recommendation.statusCode(), since(begun));
        } catch (IOException e) {
            throw new IllegalStateException("the REST door at " + base + " did not answer its rehearsal: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rehearsing the REST door", e);
        }
    }

    public Rehearsed grpc(String host, int port) {
        long begun = System.nanoTime();
        ManagedChannel channel = NettyChannelBuilder.forAddress(host, port).usePlaintext().userAgent(USER_AGENT).build();
        try {
            String recommendation;
            try {
                RecommendationServiceGrpc.newBlockingStub(channel).withDeadlineAfter(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)
                        .recommendForCart(RecommendForCartRequest.newBuilder().setShopId(SHOP).setLimit(1)
                                .addItems(CartItem.newBuilder().setSku("rehearsal")).build());
                recommendation = "OK";
            } catch (StatusRuntimeException e) {
                recommendation = e.getStatus().getCode().name();
            }
            return new Rehearsed("gRPC", recommendation, since(begun));
        } finally {
            channel.shutdownNow();
        }
    }

    private static Duration since(long begun) {
        return Duration.ofNanos(System.nanoTime() - begun);
    }
}
