package com.cartwise.bootstrap.robustness;

import com.cartwise.bootstrap.TestServers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP calls to a Cartwise under test, for what the client under test does not do itself (creating a shop). */
public final class RestCalls {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public RestCalls(int port) {
        this.base = "http://localhost:" + port;
    }

    public String base() {
        return base;
    }

    public void createShop(String shop) {
        HttpResponse<String> created = post("/api/v1/shops", "{\"shop_id\":\"" + shop + "\",\"name\":\"" + shop + "\",\"currency\":\"EUR\"}");
        if (created.statusCode() != 201) {
            throw new IllegalStateException("shop " + shop + " not created: " + created.statusCode() + " " + created.body());
        }
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A PUT naming its caller in {@code X-Actor}, as the admin API's audit trail records it. */
    public HttpResponse<String> put(String path, String json, String actor) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).header("X-Actor", actor)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** The text uploaded as the multipart part "file", as a browser's file input sends it. */
    public HttpResponse<String> upload(String path, String fileName, String content) {
        String boundary = "cartwise-" + java.util.UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> delete(String path, String actor) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).header("X-Actor", actor).DELETE()
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(HttpRequest.newBuilder(request, (name, value) -> true)
                    .header("Authorization", TestServers.OPERATOR_BEARER).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
