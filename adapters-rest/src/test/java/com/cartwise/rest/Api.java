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
import java.util.List;

/** The REST API as a client sees it over real HTTP: status, headers and the JSON body as sent. */
public final class Api {
    private final BlockingHttpClient http;
    private final JsonMapper json;
    private final String key;

    /** A client that sends the operator key, which may use every shop. */
    public Api(BlockingHttpClient http, JsonMapper json) {
        this(http, json, InMemoryCartwiseFactory.OPERATOR_KEY);
    }

    /** @param key the key every request carries as {@code Authorization: Bearer}; null for none */
    public Api(BlockingHttpClient http, JsonMapper json, String key) {
        this.http = http;
        this.json = json;
        this.key = key;
    }

    /** The same server, with another key (or none: null). */
    public Api withKey(String otherKey) {
        return new Api(http, json, otherKey);
    }

    /** @param retryAfter the Retry-After header, or null */
    public record Response(int status, String contentType, String location, Json body, String retryAfter) {
    }

    public Response get(String uri) {
        return send(HttpRequest.GET(uri));
    }

    /** POSTs the JSON text as it is, so that tests control every byte, malformed ones included. */
    public Response post(String uri, String jsonText) {
        return send(HttpRequest.POST(uri, jsonText).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    public Response delete(String uri) {
        return send(HttpRequest.DELETE(uri));
    }

    /** PUTs the JSON text, naming the caller in {@code X-Actor} (the admin API's audit trail records it). */
    public Response put(String uri, String jsonText, String actor) {
        return send(HttpRequest.PUT(uri, jsonText).contentType(MediaType.APPLICATION_JSON_TYPE).header("X-Actor", actor));
    }

    public Response delete(String uri, String actor) {
        return send(HttpRequest.DELETE(uri).header("X-Actor", actor));
    }

    public Response postWithoutBody(String uri) {
        return send(HttpRequest.POST(uri, ""));
    }

    /** Uploads the text as the multipart part "file", as a browser's file input sends it: the job is answered at once. */
    public Response upload(String uri, String fileName, String csv) {
        return uploadFiles(uri, List.of(new Upload(fileName, csv)));
    }

    /** Uploads and waits for the import job's end ({@code ?wait=true}): 201 with the finished job, or its problem. */
    public Response uploadAndWait(String uri, String fileName, String csv) {
        return upload(uri + (uri.contains("?") ? "&" : "?") + "wait=true", fileName, csv);
    }

    /** Several files in one request, each as a part named "file". */
    public Response uploadFiles(String uri, List<Upload> files) {
        MultipartBody.Builder body = MultipartBody.builder();
        files.forEach(f -> body.addPart("file", f.name(), MediaType.of("text/csv"), f.content().getBytes(StandardCharsets.UTF_8)));
        return send(HttpRequest.POST(uri, body.build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    /** One file, with the {@code Cartwise-Upload-Sha256} header its sender computed (or claims). */
    public Response uploadWithSha256(String uri, String fileName, String csv, String sha256) {
        return uploadFilesWithSha256(uri, List.of(new Upload(fileName, csv)), sha256);
    }

    /** Several files, with the {@code Cartwise-Upload-Sha256} header (one digest per file, comma-separated). */
    public Response uploadFilesWithSha256(String uri, List<Upload> files, String sha256) {
        MultipartBody.Builder body = MultipartBody.builder();
        files.forEach(f -> body.addPart("file", f.name(), MediaType.of("text/csv"), f.content().getBytes(StandardCharsets.UTF_8)));
        return send(HttpRequest.POST(uri, body.build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .header("Cartwise-Upload-Sha256", sha256));
    }

    /** A file of an upload. */
    public record Upload(String name, String content) {
    }

    /** The body as text, for answers that are not JSON (a CSV report). */
    public String text(String uri) {
        return http.retrieve(authorized(HttpRequest.GET(uri)), String.class);
    }

    /** The body as text, asking for the media type with an Accept header (a report as CSV). */
    public String text(String uri, String accept) {
        return http.retrieve(authorized(HttpRequest.GET(uri).accept(accept)), String.class);
    }

    public Response uploadWithoutFile(String uri) {
        MultipartBody body = MultipartBody.builder().addPart("note", "no file here").build();
        return send(HttpRequest.POST(uri, body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    public Response uploadWithoutFileWithSha256(String uri, String sha256) {
        MultipartBody body = MultipartBody.builder().addPart("note", "no file here").build();
        return send(HttpRequest.POST(uri, body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE).header("Cartwise-Upload-Sha256", sha256));
    }

    private <B> MutableHttpRequest<B> authorized(MutableHttpRequest<B> request) {
        return key == null ? request : request.bearerAuth(key);
    }

    private Response send(MutableHttpRequest<?> request) {
        HttpResponse<?> response;
        try {
            response = http.exchange(authorized(request), Argument.STRING, Argument.STRING);
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
        }
        String text = response.getBody(String.class).orElse(null);
        return new Response(response.code(), response.getContentType().map(MediaType::toString).orElse(null),
                response.header("Location"), text == null || text.isEmpty() ? null : new Json(parse(text), text),
                response.header("Retry-After"));
    }

    private JsonNode parse(String text) {
        try {
            return json.readValue(text, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }
}
