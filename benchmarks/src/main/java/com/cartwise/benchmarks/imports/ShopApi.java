package com.cartwise.benchmarks.imports;

import com.cartwise.benchmarks.jobs.ToolOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The few REST calls a benchmark makes to set a shop up on a running Cartwise, as a merchant's
 * tools would: create the shop, upload exports (streamed from disk, never read into memory), train,
 * and wait for those jobs by polling the job (whose JSON is docs/API.md's).
 */
public final class ShopApi {
    private static final Set<String> FINISHED = Set.of("succeeded", "failed", "cancelled");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String server;
    private final String key;

    /** A client of the server's REST API sending {@code key} (the operator key, to create shops) with every call. */
    public ShopApi(String server, String key) {
        this.server = server.replaceAll("/$", "");
        this.key = key;
    }

    /** Creates the shop; answers false when it already exists. */
    public boolean createShop(String shop, String name, String currency) throws IOException, InterruptedException {
        String body = JSON.createObjectNode().put("shop_id", shop).put("name", name).put("currency", currency).toString();
        HttpResponse<String> response = http.send(request(uri("/api/v1/shops"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return expect(response, 201, 409) == 201;
    }

    /** Starts an import of every file in one multipart upload; answers the job's location. */
    public String startImport(String shop, List<Path> files) throws IOException, InterruptedException {
        String boundary = "bench-" + UUID.randomUUID();
        List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
        for (Path file : files) {
            parts.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\";"
                    + " filename=\"" + file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n"));
            parts.add(HttpRequest.BodyPublishers.ofFile(file));
            parts.add(HttpRequest.BodyPublishers.ofString("\r\n"));
        }
        parts.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "--\r\n"));
        HttpResponse<String> response = http.send(request(uri("/api/v1/shops/" + shop + "/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new))).build(),
                HttpResponse.BodyHandlers.ofString());
        expect(response, 202);
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** Starts a full training of the shop's recommender; answers the job's location. */
    public String startTraining(String shop) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(uri("/api/v1/shops/" + shop + "/models"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        expect(response, 202);
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** Polls the job until it has ended; answers it, or throws when it did not succeed. */
    public JsonNode awaitSuccess(String jobLocation) throws IOException, InterruptedException {
        JsonNode job = await(jobLocation, Duration.ofDays(1));
        if (!"succeeded".equals(job.path("state").asText())) {
            throw new IllegalStateException(jobLocation + " ended " + job.path("state").asText() + ": " + job.path("failure"));
        }
        return job;
    }

    /** Polls the job until it has ended (succeeded, failed or cancelled) and answers it; throws when it has not ended within {@code limit}. */
    public JsonNode await(String jobLocation, Duration limit) throws IOException, InterruptedException {
        long until = System.nanoTime() + limit.toNanos();
        while (true) {
            JsonNode job = get(jobLocation);
            if (FINISHED.contains(job.path("state").asText())) {
                return job;
            }
            if (System.nanoTime() > until) {
                throw new IllegalStateException(jobLocation + " still " + job.path("state").asText() + " after " + limit.toSeconds() + " s");
            }
            Thread.sleep(500);
        }
    }

    /** The shop's newest model as {@code GET .../models} lists it, if it has one. */
    public Optional<JsonNode> newestModel(String shop) throws IOException, InterruptedException {
        JsonNode models = get("/api/v1/shops/" + shop + "/models").path("models");
        return models.isEmpty() ? Optional.empty() : Optional.of(models.get(0));
    }

    /** The model version a REST recommendation for {@code cart} (the request's JSON) was answered from. */
    public long answeringModelVersion(String shop, byte[] cart) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(uri("/api/v1/shops/" + shop + "/recommendations"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(cart)).build(),
                HttpResponse.BodyHandlers.ofString());
        expect(response, 200);
        return JSON.readTree(response.body()).path("model_version").asLong();
    }

    public boolean shopExists(String shop) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(uri("/api/v1/shops/" + shop)).build(),
                HttpResponse.BodyHandlers.ofString());
        return expect(response, 200, 404) == 200;
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        expect(response, 200);
        return JSON.readTree(response.body());
    }

    private static int expect(HttpResponse<String> response, int... expected) {
        for (int status : expected) {
            if (response.statusCode() == status) {
                return status;
            }
        }
        throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                + response.statusCode() + ": " + response.body());
    }

    private HttpRequest.Builder request(URI uri) {
        return ToolOptions.authorized(HttpRequest.newBuilder(uri), key);
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : server + path);
    }
}
