package com.cartwise.bootstrap.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.server.CartwiseServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Security headers on every kind of response, and an over-limit request answered 413 as problem+json. */
class SecurityHeadersAndLimitsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String HSTS = "max-age=31536000; includeSubDomains";

    @TempDir
    static Path temp;
    private static CartwiseServer server;

    @BeforeAll
    static void start() {
        server = TestServers.embedded(temp.resolve("db"), Map.of(
                "micronaut.server.max-request-size", "4KB",
                "cartwise.http.strict-transport-security", HSTS));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void apiAnswersAndErrorsCarryTheHeadersAndAPolicyThatAllowsNothing() throws Exception {
        for (String path : new String[] {"/api/v1/shops/nobody/jobs", "/no/such/route", "/health", "/openapi/cartwise.yml"}) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(path)).build());

            assertEquals("nosniff", header(answer, "X-Content-Type-Options"), path);
            assertEquals("no-referrer", header(answer, "Referrer-Policy"), path);
            assertEquals("DENY", header(answer, "X-Frame-Options"), path);
            assertTrue(header(answer, "Content-Security-Policy").startsWith("default-src 'none'"), path);
            assertEquals(HSTS, header(answer, "Strict-Transport-Security"), path);
        }
    }

    @Test
    void theSwaggerPageMayLoadOnlyItsOwnScripts() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/swagger-ui/index.html")).build());

        assertEquals(200, page.statusCode());
        String policy = header(page, "Content-Security-Policy");
        assertTrue(policy.startsWith("default-src 'self'") && policy.contains("frame-ancestors 'none'"), policy);
    }

    @Test
    void anOverLimitBodyIsA413ProblemWithAStableType() throws Exception {
        String name = "x".repeat(8 * 1024);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/v1/shops")).header("Authorization", TestServers.OPERATOR_BEARER)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"shop_id\":\"big\",\"name\":\"" + name + "\",\"currency\":\"EUR\"}")).build());

        assertEquals(413, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", header(answer, "Content-Type"));
        assertTrue(answer.body().contains("\"type\":\"urn:cartwise:problem:request-too-large\""), answer.body());
        assertTrue(answer.body().contains("\"status\":413"), answer.body());
        assertEquals("nosniff", header(answer, "X-Content-Type-Options"));
        assertEquals(404, send(HttpRequest.newBuilder(uri("/api/v1/shops/big"))
                .header("Authorization", TestServers.OPERATOR_BEARER).build()).statusCode(), "nothing was created");
    }

    private static String header(HttpResponse<String> answer, String name) {
        return answer.headers().firstValue(name).orElseThrow(() -> new AssertionError(name + " missing: " + answer.headers().map()));
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + server.httpPort() + path);
    }
}
