package com.cartwise.rest;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The REST API as a client sees it over real HTTP: status, headers and the JSON body as sent. */
public final class Api {
    private final BlockingHttpClient http;
    private final JsonMapper json;

    public Api(BlockingHttpClient http, JsonMapper json) {
        this.http = http;
        this.json = json;
    }

    public record Response(int status, String contentType, String location, Json body) {
    }

    public Response get(String uri) {
        return send(HttpRequest.GET(uri));
    }

    /** POSTs the JSON text as it is, so that tests control every byte, malformed ones included. */
    public Response post(String uri, String jsonText) {
        return send(HttpRequest.POST(uri, jsonText).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    public Response postWithoutBody(String uri) {
        return send(HttpRequest.POST(uri, ""));
    }

    /** Uploads the text as the multipart part "file", as a browser's file input sends it. */
    public Response upload(String uri, String fileName, String csv) {
        MultipartBody body = MultipartBody.builder()
                .addPart("file", fileName, MediaType.of("text/csv"), csv.getBytes(StandardCharsets.UTF_8))
                .build();
        return send(HttpRequest.POST(uri, body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    public Response uploadWithoutFile(String uri) {
        MultipartBody body = MultipartBody.builder().addPart("note", "no file here").build();
        return send(HttpRequest.POST(uri, body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    private Response send(MutableHttpRequest<?> request) {
        HttpResponse<?> response;
        try {
            response = http.exchange(request, Argument.STRING, Argument.STRING);
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
        }
        String text = response.getBody(String.class).orElse(null);
        return new Response(response.code(), response.getContentType().map(MediaType::toString).orElse(null),
                response.header("Location"), text == null || text.isEmpty() ? null : new Json(parse(text), text));
    }

    private JsonNode parse(String text) {
        try {
            return json.readValue(text, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }
}
