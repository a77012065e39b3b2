package com.cartwise.rest.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client sends each file's SHA-256 with an upload, and sends an upload again when the server
 * found it damaged on its way; a stub server on a real socket stands in for Cartwise.
 */
class UploadIntegrityTest {
    private static final String JOB = """
            {"job_id":"6f1c1b7e-2a7e-4b53-9d55-0d9b8c1f2a11","shop_id":"s","kind":"import","state":"queued","phase":"queued",
             "percent":0.0,"message":"","rows_read":0,"rows_imported":0,"rows_rejected":0,"attempts":0,
             "created_at":"2026-11-26T10:00:00Z","links":{"self":"/api/v1/shops/s/jobs/6f1c1b7e-2a7e-4b53-9d55-0d9b8c1f2a11",
             "events":"/api/v1/shops/s/jobs/6f1c1b7e-2a7e-4b53-9d55-0d9b8c1f2a11/events",
             "refusals":"/api/v1/shops/s/jobs/6f1c1b7e-2a7e-4b53-9d55-0d9b8c1f2a11/refusals"}}""";
    private static final String DAMAGED = """
            {"type":"urn:cartwise:problem:upload-damaged","title":"The upload arrived damaged","status":400,
             "detail":"orders.csv arrived with other bytes than were sent","field":"file","file":"orders.csv"}""";

    @TempDir
    Path temp;
    private HttpServer server;
    private final List<String> digestsReceived = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void sendsEachFilesSha256InTheOrderOfItsParts() throws IOException {
        Path orders = write("orders.csv", "Name,Created at\n#1001,2024-01-01 10:00:00 +0100\n");
        Path products = write("products.csv", "Handle,Title\nski,Ski\n");
        serve(0);

        Answer<RemoteJob> answer = client().startImport(new ImportUpload("s", List.of(orders, products), Optional.empty(), false));

        assertInstanceOf(Answer.Accepted.class, answer);
        // The two texts above through sha256sum(1).
        assertEquals(List.of("8e098ba94952b64681a85612073e48cf5e60fa08cbb2f1d54936bc031d6c9622,"
                + "501b9b188c57574c6ee60b3073a58513539adf50bae3672327056f0e7402695e"), digestsReceived);
    }

    @Test
    void sendsAnUploadAgainWhenTheServerFoundItDamaged() throws IOException {
        Path orders = write("orders.csv", "Name,Created at\n#1001,2024-01-01 10:00:00 +0100\n");
        serve(1);

        Answer<RemoteJob> answer = client().startImport(new ImportUpload("s", List.of(orders), Optional.empty(), false));

        assertInstanceOf(Answer.Accepted.class, answer);
        assertEquals(2, digestsReceived.size());
    }

    @Test
    void answersTheRefusalWhenTheUploadArrivedDamagedThreeTimes() throws IOException {
        Path orders = write("orders.csv", "Name,Created at\n#1001,2024-01-01 10:00:00 +0100\n");
        serve(Integer.MAX_VALUE);

        Answer<RemoteJob> answer = client().startImport(new ImportUpload("s", List.of(orders), Optional.empty(), false));

        Answer.Refused<?> refused = assertInstanceOf(Answer.Refused.class, answer);
        assertEquals("urn:cartwise:problem:upload-damaged", refused.problem().type());
        assertEquals(3, digestsReceived.size());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private CartwiseRestClient client() {
        return new CartwiseRestClient(URI.create("http://localhost:" + server.getAddress().getPort()), Duration.ofSeconds(5),
                Duration.ofSeconds(5), "test-key");
    }

    /** Answers the first {@code damagedAnswers} uploads as damaged, then starts a job. */
    private void serve(int damagedAnswers) throws IOException {
        AtomicInteger uploads = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/api/v1/shops/s/imports", exchange -> {
            exchange.getRequestBody().readAllBytes();
            digestsReceived.add(exchange.getRequestHeaders().getFirst("Cartwise-Upload-Sha256"));
            if (uploads.incrementAndGet() <= damagedAnswers) {
                answer(exchange, 400, "application/problem+json", DAMAGED);
            } else {
                answer(exchange, 202, "application/json", JOB);
            }
        });
        server.start();
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
