package com.cartwise.bootstrap.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A real HTTP client for the REST API, with the multipart upload a browser would send. */
final class Http {
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final String key;

    /** A client that sends the operator key. */
    Http(int port) {
        this(port, com.cartwise.bootstrap.TestServers.OPERATOR_KEY);
    }

    /** @param key sent as {@code Authorization: Bearer}; null for none */
    Http(int port, String key) {
        this.base = "http://localhost:" + port;
        this.key = key;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** The CORS preflight a browser sends before a POS extension's fetch(). */
    HttpResponse<String> preflight(String path, String origin) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
    }

    HttpResponse<String> upload(String path, String fileName, String content) {
        String boundary = "cartwise-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + content + "\r\n"
                + "--" + boundary + "--\r\n";
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpRequest authorized = key == null ? request
                    : HttpRequest.newBuilder(request, (name, value) -> true).header("Authorization", "Bearer " + key).build();
            return client.send(authorized, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
