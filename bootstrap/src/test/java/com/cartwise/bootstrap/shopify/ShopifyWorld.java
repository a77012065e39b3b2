package com.cartwise.bootstrap.shopify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.server.CartwiseServer;
import com.cartwise.fakeshopify.FakeShop;
import com.cartwise.fakeshopify.FakeShopify;
import com.cartwise.fakeshopify.WebhookSender;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A fake Shopify and a whole Cartwise that talks to it (its admin-url points at the fake, the app's
 * credentials are the fake's, webhooks are subscribed to Cartwise's own port), with the calls the
 * end-to-end tests make: REST over real HTTP, webhooks signed like Shopify's, SQL behind the ports.
 */
final class ShopifyWorld implements AutoCloseable {
    static final String KEY = "q83vEOzJf1Vb8Za0r3QJ2tE9uB1YH2kD0oZr3bW5gcE=";
    static final Set<String> SCOPES = Set.of("read_products", "read_orders", "read_inventory", "read_locations", "read_all_orders",
            "read_customers");
    private static final AtomicInteger SHOPS = new AtomicInteger();

    final FakeShopify fake = FakeShopify.start();
    final CartwiseServer server;
    final int port = TestServers.freePort();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final JsonMapper json;

    ShopifyWorld(Path dataDirectory, Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", port);
        properties.put("cartwise.shopify.admin-url", fake.adminUrl());
        properties.put("cartwise.shopify.token-encryption-key", KEY);
        properties.put("cartwise.shopify.bulk-poll-interval", "20ms");
        properties.put("cartwise.shopify.first-retry-pause", "20ms");
        properties.put("cartwise.shopify.sync.incremental-interval", "0s");
        properties.put("cartwise.shopify.app.client-id", FakeShopify.CLIENT_ID);
        properties.put("cartwise.shopify.app.client-secret", FakeShopify.CLIENT_SECRET);
        properties.put("cartwise.shopify.app.redirect-url", "http://localhost:" + port + "/api/v1/shopify/oauth/callback");
        properties.put("cartwise.shopify.webhooks.callback-url", "http://localhost:" + port + "/api/v1/shopify/webhooks");
        properties.put("cartwise.jobs.poll-interval", "50ms");
        properties.put("logger.levels.com.cartwise", "TRACE");
        properties.putAll(settings);
        server = TestServers.embedded(dataDirectory, properties);
        json = server.context().getBean(JsonMapper.class);
    }

    /** A Cartwise shop of its own for each test, and a fake Shopify store for it. */
    Connected newShop(FakeShop shopify, String token) {
        String shop = "shopify-test-" + SHOPS.incrementAndGet();
        assertEquals(201, post("/api/v1/shops", Map.of("shop_id", shop, "name", "Shop " + shop, "currency", "EUR")).statusCode());
        fake.add(shopify, token, SCOPES);
        return new Connected(shop, shopify, token);
    }

    record Connected(String shop, FakeShop shopify, String token) {
    }

    WebhookSender webhooks(FakeShop shopify) {
        return new WebhookSender(URI.create("http://localhost:" + port + "/api/v1/shopify/webhooks"), shopify.domain,
                FakeShopify.CLIENT_SECRET);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    HttpResponse<String> post(String path, Map<String, ?> body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(com.cartwise.fakeshopify.JsonText.of(body))));
    }

    /** A multipart upload as a browser sends one file. */
    HttpResponse<String> upload(String path, String fileName, String content) {
        String boundary = "cartwise-" + java.util.UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> getAbsolute(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Authorization", TestServers.OPERATOR_BEARER).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode json(HttpResponse<String> response) {
        try {
            return json.readValue(response.body(), JsonNode.class);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + response.body(), e);
        }
    }

    /** A JSON answer as text, for assertion messages. */
    String text(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (IOException e) {
            return String.valueOf(node);
        }
    }

    /** Waits for the job to end and answers it as the API shows it. */
    JsonNode awaitJob(String shop, String jobId) {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode job = json(get("/api/v1/shops/" + shop + "/jobs/" + jobId));
            String state = job.get("state").getStringValue();
            if (!state.equals("queued") && !state.equals("running")) {
                return job;
            }
            sleep(50);
        }
        return fail("job " + jobId + " did not end in three minutes");
    }

    /** Waits until the shop has no queued or running job of this kind, and answers the newest one. */
    JsonNode awaitJobsOf(String shop, String kind) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<JsonNode> jobs = new ArrayList<>();
            json(get("/api/v1/shops/" + shop + "/jobs?limit=100")).get("jobs").values().forEach(jobs::add);
            List<JsonNode> ofKind = jobs.stream().filter(j -> j.get("kind").getStringValue().equals(kind)).toList();
            if (!ofKind.isEmpty() && ofKind.stream().allMatch(j -> !List.of("queued", "running").contains(j.get("state").getStringValue()))
                    && sql1("SELECT count(*) FROM shopify_webhooks WHERE shop_id = ? AND processed_at IS NULL", shop) == 0) {
                return ofKind.getFirst();
            }
            sleep(50);
        }
        return fail("the " + kind + " jobs of " + shop + " did not end");
    }

    long sql1(String query, Object... parameters) {
        return Long.parseLong(rows(query, parameters).getFirst().getFirst());
    }

    /** Rows of a query, every column as text (null as null). */
    List<List<String>> rows(String query, Object... parameters) {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(server.context().getBean(DataSource.class)).getConnection();
             PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    List<String> values = new ArrayList<>();
                    for (int c = 1; c <= row.getMetaData().getColumnCount(); c++) {
                        values.add(row.getString(c));
                    }
                    rows.add(values);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every row of every table that has the shop's rows, as text: where personal data could hide. */
    String everythingOf(String shop) {
        StringBuilder all = new StringBuilder();
        for (List<String> table : rows("SELECT table_name FROM information_schema.columns WHERE column_name = 'shop_id'"
                + " AND table_schema = 'public'")) {
            rows("SELECT t::text FROM " + table.getFirst() + " t WHERE shop_id = ?", shop).forEach(r -> all.append(r.getFirst()).append('\n'));
        }
        return all.toString();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        fake.close();
    }
}
