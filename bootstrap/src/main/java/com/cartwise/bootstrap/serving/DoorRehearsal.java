package com.cartwise.bootstrap.serving;

import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.grpc.client.RecommendationClient;
import com.cartwise.grpc.client.RecommendationClientException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Sends a starting instance's own doors one request each, over its own sockets, before it says
 * it serves: a recommendation asked without a key, which the door refuses (401, UNAUTHENTICATED).
 * A till's first call after a restart otherwise paid for loading the seven hundred classes of the
 * HTTP codec, the routing, the filters and the writers (0.59 s for the first REST answer on the
 * million-order shop, 0.09 s after the rehearsal; docs/OPERATIONS.md). The refused call reaches no
 * shop and no key. Not the health endpoints: asking them during the start starts the gRPC server
 * from the health thread. A rehearsal that fails is logged, never a reason to stop the start.
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
        String recommendation;
        try (RecommendationClient client = RecommendationClient.connect(host, port, PATIENCE)) {
            client.recommend(SHOP, List.of(new VariantKey.BySku("rehearsal")), 1);
            recommendation = "OK";
        } catch (RecommendationClientException e) {
            recommendation = e.code();
        }
        return new Rehearsed("gRPC", recommendation, since(begun));
    }

    private static Duration since(long begun) {
        return Duration.ofNanos(System.nanoTime() - begun);
    }
}
