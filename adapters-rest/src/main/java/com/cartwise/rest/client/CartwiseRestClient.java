package com.cartwise.rest.client;

import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Cartwise's REST API as the command line uses it: upload files for an import job, start a bundle
 * generation, follow a job to its end through its Server-Sent Events, look at it, cancel it, read
 * the bundles it proposed. It speaks HTTP and JSON only
 * (java.net.http), so it runs in any JVM and knows nothing of the server's classes.
 */
public final class CartwiseRestClient {
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);
    private static final String PROBLEM = "application/problem+json";
    /** Each file's SHA-256, which the server checks what it stored against. */
    private static final String UPLOAD_SHA256 = "Cartwise-Upload-Sha256";
    private static final String UPLOAD_DAMAGED = "urn:cartwise:problem:upload-damaged";
    /** An upload refused as damaged on its way is sent again, this many times in all, before the refusal is answered. */
    private static final int UPLOAD_ATTEMPTS = 3;

    private final URI server;
    private final HttpClient http;
    private final JobFollower follower;
    private final String apiKey;

    /** A client that sends no key: only a server's open routes will answer it. */
    public CartwiseRestClient(URI server, Duration connectTimeout, Duration reconnectPatience) {
        this(server, connectTimeout, reconnectPatience, null);
    }

    /**
     * @param server where Cartwise's REST API is, e.g. {@code http://localhost:8080}
     * @param reconnectPatience how long a follower keeps trying to reconnect to a job's events before giving up
     * @param apiKey the key every request carries as {@code Authorization: Bearer}; null or blank for none
     */
    public CartwiseRestClient(URI server, Duration connectTimeout, Duration reconnectPatience, String apiKey) {
        if (server.getScheme() == null || !server.getScheme().matches("https?") || server.getHost() == null) {
            throw new IllegalArgumentException("'" + server + "' is not an http:// or https:// address");
        }
        String text = server.toString();
        this.server = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        // HTTP/1.1: an h2c upgrade of a streamed upload buys nothing on one request at a time.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout).build();
        this.follower = new JobFollower(this, reconnectPatience);
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    }

    public URI server() {
        return server;
    }

    /** The address of a path the server answered with (a job's {@code self}, {@code refusals} ...). */
    public URI resolve(String path) {
        return URI.create(server + (path.startsWith("/") ? path : "/" + path));
    }

    /**
     * Uploads every file in one multipart request, streamed from disk, and starts their import job
     * (202). Each file's SHA-256 goes along; an upload the server finds damaged is sent again.
     */
    public Answer<RemoteJob> startImport(ImportUpload upload) {
        StringBuilder query = new StringBuilder();
        upload.type().ifPresent(type -> query.append(query.isEmpty() ? "?" : "&").append("type=").append(encode(type)));
        if (upload.lenient()) {
            query.append(query.isEmpty() ? "?" : "&").append("lenient=true");
        }
        MultipartUpload body = new MultipartUpload(upload.files());
        String sha256 = body.sha256();
        Answer<RemoteJob> answer = null;
        for (int attempt = 1; attempt <= UPLOAD_ATTEMPTS; attempt++) {
            HttpRequest request = HttpRequest.newBuilder(resolve(shopPath(upload.shop()) + "/imports" + query))
                    .header("Content-Type", body.contentType())
                    .header("Accept", "application/json, " + PROBLEM)
                    .header(UPLOAD_SHA256, sha256)
                    .POST(body.body())
                    .build();
            answer = jobAnswer(send(request, HttpResponse.BodyHandlers.ofString()));
            if (!(answer instanceof Answer.Refused<RemoteJob> refused && UPLOAD_DAMAGED.equals(refused.problem().type()))) {
                return answer;
            }
        }
        return answer;
    }

    /** Creates a shop (the operator key's call). */
    public Answer<RemoteShop> createShop(String shopId, String name, String currency) {
        return answer(post("/api/v1/shops", JsonBodies.shop(shopId, name, currency)), 201, JsonDocuments::shop);
    }

    /** Issues an API key for the shop (the operator key's call); the answer is the only one that holds the key. */
    public Answer<RemoteApiKey> issueApiKey(String shop, Optional<String> label) {
        return answer(post("/api/v1/admin/shops/" + encode(shop) + "/api-keys", JsonBodies.apiKey(label)), 201, JsonDocuments::apiKey);
    }

    private HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, " + PROBLEM)
                .timeout(ANSWER_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** The answer's document read when it has the status the call succeeds with, else the problem it was refused with. */
    private <T> Answer<T> answer(HttpRequest request, int success, Function<JsonNode, T> read) {
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == success) {
            return new Answer.Accepted<>(read.apply(JsonDocuments.parse(response.body())));
        }
        return new Answer.Refused<>(problem(response.statusCode(), response.body()));
    }

    /** Starts a training job (202): the scorer to rank by, or empty for the one evaluation chooses. */
    public Answer<RemoteJob> startTraining(String shop, Optional<String> metric) {
        return jobAnswer(send(post(shopPath(shop) + "/models", JsonBodies.training(metric)), HttpResponse.BodyHandlers.ofString()));
    }

    /** Starts a bundle generation job (202). */
    public Answer<RemoteJob> startBundleGeneration(GenerationStart start) {
        return jobAnswer(send(post(shopPath(start.shop()) + "/bundle-generations", JsonBodies.generation(start)),
                HttpResponse.BodyHandlers.ofString()));
    }

    /** The best {@code limit} bundles a generation job proposed, best first. */
    public Answer<List<RemoteBundle>> bundlesOf(String shop, String jobId, int limit) {
        return answer(get(shopPath(shop) + "/bundle-recommendations?job_id=" + encode(jobId) + "&limit=" + limit), 200,
                JsonDocuments::bundles);
    }

    /**
     * The shop's bundle recommendations, best first: the first {@code limit}, only those of {@code status} when given, and
     * only those an approval would accept ({@code approvable} true) or refuse (false) when given.
     */
    public Answer<List<RemoteBundle>> bundles(String shop, Optional<String> status, Optional<Boolean> approvable, int limit) {
        return answer(get(shopPath(shop) + "/bundle-recommendations?limit=" + limit + status.map(s -> "&status=" + encode(s)).orElse("")
                + approvable.map(a -> "&approvable=" + a).orElse("")), 200, JsonDocuments::bundles);
    }

    /** Approves or rejects a proposed bundle, with a note or without: the answer is the bundle as reviewed. */
    public Answer<RemoteBundle> review(String shop, String bundleKey, boolean approve, Optional<String> note) {
        return answer(post(shopPath(shop) + "/bundle-recommendations/" + encode(bundleKey) + (approve ? "/approve" : "/reject"),
                JsonBodies.note(note)), 200, JsonDocuments::bundle);
    }

    /**
     * The evaluation of the model at {@code modelPath} (a training report's {@code model}); an
     * accepted empty answer for a model without one.
     */
    public Answer<Optional<RemoteEvaluation>> evaluation(String modelPath) {
        return answer(get(modelPath), 200, JsonDocuments::evaluation);
    }

    public Answer<RemoteJob> job(String shop, String jobId) {
        return jobAnswer(send(get(shopPath(shop) + "/jobs/" + encode(jobId)), HttpResponse.BodyHandlers.ofString()));
    }

    /** Asks the server to cancel the job: a queued one is cancelled at once, a running one at its next check. */
    public Answer<RemoteJob> cancel(String shop, String jobId) {
        HttpRequest request = HttpRequest.newBuilder(resolve(shopPath(shop) + "/jobs/" + encode(jobId) + "/cancel"))
                .header("Accept", "application/json, " + PROBLEM)
                .timeout(ANSWER_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        return jobAnswer(send(request, HttpResponse.BodyHandlers.ofString()));
    }

    /**
     * Follows the job's events until its end and answers the ended job. A stream that drops is
     * reopened with {@code Last-Event-ID}, so no event is seen twice or missed.
     *
     * @throws CartwiseUnreachableException when the stream cannot be reopened within the reconnect patience
     */
    public Answer<RemoteJob> follow(RemoteJob job, Consumer<JobProgressEvent> progress) {
        return follower.follow(job, progress);
    }

    HttpRequest get(String path) {
        return HttpRequest.newBuilder(resolve(path)).header("Accept", "application/json, " + PROBLEM).timeout(ANSWER_TIMEOUT)
                .GET().build();
    }

    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(authorized(request), handler);
        } catch (IOException e) {
            throw new CartwiseUnreachableException(server, why(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CartwiseUnreachableException(server, "interrupted while waiting for its answer", e);
        }
    }

    private HttpRequest authorized(HttpRequest request) {
        return apiKey == null ? request
                : HttpRequest.newBuilder(request, (name, value) -> true).header("Authorization", "Bearer " + apiKey).build();
    }

    static Answer<RemoteJob> jobAnswer(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new Answer.Accepted<>(JsonDocuments.job(JsonDocuments.parse(response.body())));
        }
        return new Answer.Refused<>(problem(status, response.body()));
    }

    static RemoteProblem problem(int status, String body) {
        return JsonDocuments.problem(status < 400 ? 502 : status, body);
    }

    private static String why(IOException e) {
        String message = e.getMessage();
        if (e instanceof java.net.ConnectException || e instanceof java.net.http.HttpConnectTimeoutException) {
            return "nothing answers there" + (message == null || message.isBlank() ? "" : " (" + message + ")");
        }
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static String shopPath(String shop) {
        return "/api/v1/shops/" + encode(shop);
    }

    /** One path segment or query value, percent-encoded (URLEncoder's "+" is a space only in forms). */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
