package com.cartwise.bootstrap.tenancy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One HTTP request to a running server, as the route enumerating tests send it: a key, a body, extra headers. */
public final class Requests {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Requests() {
    }

    /**
     * @param key         sent as {@code Authorization: Bearer}; null for none
     * @param contentType null for none
     * @param body        null for none
     */
    public static HttpResponse<String> send(int port, String key, String method, String path, String contentType, String body,
                                            Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "*/*")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
