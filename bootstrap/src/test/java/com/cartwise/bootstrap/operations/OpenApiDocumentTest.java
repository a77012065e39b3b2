package com.cartwise.bootstrap.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.server.CartwiseServer;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The served OpenAPI document covers every route the router knows: a new endpoint is in it without
 * anyone remembering to add it (it is written from the controllers at compile time), and this test
 * fails if an endpoint escapes that, e.g. a route added outside a controller.
 */
class OpenApiDocumentTest {
    /** Routes that are not the API, each with why: operators' endpoints, documented in docs/OPERATIONS.md. */
    private static final Map<String, String> EXEMPT = Map.of(
            "/health", "management endpoint (liveness and readiness), not part of the merchant's API",
            "/prometheus", "management endpoint (metrics scrape), not part of the merchant's API");

    @TempDir
    static Path temp;
    private static CartwiseServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = TestServers.embedded(temp.resolve("db"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyRouteTheRouterKnowsIsInTheServedDocument() throws Exception {
        HttpResponse<String> served = get("/openapi/cartwise.yml");
        assertEquals(200, served.statusCode());
        Map<String, Object> document = new Yaml().load(served.body());
        assertTrue(String.valueOf(document.get("openapi")).startsWith("3.1"), "OpenAPI 3.1: " + document.get("openapi"));
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");

        Set<String> missing = new TreeSet<>();
        List<UriRouteInfo<?, ?>> routes = server.context().getBean(Router.class).uriRoutes().toList();
        for (UriRouteInfo<?, ?> route : routes) {
            String path = route.getUriMatchTemplate().toPathString();
            String method = route.getHttpMethodName().toLowerCase(Locale.ROOT);
            if (exempt(path) || method.equals("options") || method.equals("head")) {
                continue;
            }
            Map<String, Object> operations = paths.get(path);
            if (operations == null || !operations.containsKey(method)) {
                missing.add(method.toUpperCase(Locale.ROOT) + " " + path);
            }
        }
        assertTrue(routes.size() > 30, "the router knows the API: " + routes.size());
        assertEquals(Set.of(), missing, "routes missing from the OpenAPI document");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyApiOperationDocumentsItsProblemAnswers() throws Exception {
        Map<String, Object> document = new Yaml().load(get("/openapi/cartwise.yml").body());
        Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>) document.get("paths");
        Set<String> undocumented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            Map<String, Object> problems = responses == null ? null : responses.get("4XX");
            if (problems == null || !((Map<String, Object>) problems.get("content")).containsKey("application/problem+json")) {
                undocumented.add(method + " " + path);
            }
        }));
        assertEquals(Set.of(), undocumented, "operations without their problem+json answers");
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
        assertTrue(schemas.containsKey("Problem"), "the problem's shape is in the document");
    }

    @Test
    void theDocumentIsBrowsable() throws Exception {
        HttpResponse<String> page = get("/swagger-ui/index.html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/openapi/cartwise.yml"), "the page loads the document");
        assertEquals(200, get("/swagger-ui/res/swagger-ui-bundle.js").statusCode(), "its scripts come from Cartwise, not a CDN");
    }

    private static boolean exempt(String path) {
        return EXEMPT.keySet().stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.httpPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
