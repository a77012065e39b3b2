package com.cartwise.fakeshopify;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for Shopify, started by a test on a free port of 127.0.0.1 (never the
 * internet): the GraphQL Admin API endpoints Cartwise uses (bulk operation create, poll, cancel
 * and the JSONL result URL; paginated queries; counts; locations; webhook subscriptions), the
 * OAuth authorize page (it approves at once) and token exchange, and Shopify's rate limiting: a
 * leaky bucket of query cost answered THROTTLED with its throttleStatus, and injected 429s (with
 * Retry-After) and 5xx. {@link WebhookSender} signs webhooks as Shopify does.
 */
public final class FakeShopify implements AutoCloseable {
    public static final String CLIENT_ID = "cartwise-test-app";
    public static final String CLIENT_SECRET = "shpss_fake_app_secret_0123456789abcdef";
    private static final Pattern GRAPHQL = Pattern.compile("/([^/]+)/admin/api/([^/]+)/graphql\\.json");
    private static final Pattern AUTHORIZE = Pattern.compile("/([^/]+)/admin/oauth/authorize");
    private static final Pattern TOKEN = Pattern.compile("/([^/]+)/admin/oauth/access_token");
    private static final Pattern BULK_RESULT = Pattern.compile("/bulk/(\\d+)\\.jsonl");
    private static final Pattern OPERATION = Pattern.compile("(?:query|mutation)\\s+(\\w+)");

    private final HttpServer server;
    private final JsonMapper json = JsonMapper.createDefault();
    private final Map<String, FakeShop> shops = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> scopes = new ConcurrentHashMap<>();
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Map<Long, BulkOperation> bulks = new ConcurrentHashMap<>();
    private final Map<String, Long> currentBulk = new ConcurrentHashMap<>();
    private final Map<String, String> codes = new ConcurrentHashMap<>();
    private final ConcurrentLinkedDeque<Integer> faults = new ConcurrentLinkedDeque<>();
    private final List<String> operations = Collections.synchronizedList(new ArrayList<>());
    private final List<String> subscriptions = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong sequence = new AtomicLong();
    private volatile double bucketSize = 1000;
    private volatile double restoreRate = 100_000;
    private volatile int pollsPerBulk = 2;
    private volatile String retryAfter = "1";

    private FakeShopify(HttpServer server) {
        this.server = server;
    }

    public static FakeShopify start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeShopify fake = new FakeShopify(server);
            server.createContext("/", fake::handle);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException("the fake Shopify did not start", e);
        }
    }

    /** Cartwise's cartwise.shopify.admin-url for this fake. */
    public String adminUrl() {
        return base() + "/{shop}";
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Serves the shop to callers with this token, granted these scopes. */
    public FakeShopify add(FakeShop shop, String token, Set<String> granted) {
        shops.put(shop.domain, shop);
        tokens.put(shop.domain, token);
        scopes.put(shop.domain, Set.copyOf(granted));
        return this;
    }

    public FakeShop shop(String domain) {
        return shops.get(domain);
    }

    /** The app was uninstalled: its token no longer opens anything. */
    public void revoke(String domain) {
        tokens.remove(domain);
    }

    /** Shopify's rate limit from now on: a bucket of {@code size} points refilled at {@code perSecond}. */
    public void throttle(double size, double perSecond) {
        this.bucketSize = size;
        this.restoreRate = perSecond;
        buckets.clear();
    }

    /** The next {@code times} GraphQL requests are answered with {@code status} (429 with Retry-After). */
    public void failNext(int status, int times) {
        for (int i = 0; i < times; i++) {
            faults.add(status);
        }
    }

    public void retryAfter(String seconds) {
        this.retryAfter = seconds;
    }

    public void pollsPerBulk(int polls) {
        this.pollsPerBulk = polls;
    }

    /** Every GraphQL operation asked, by name, and the HTTP statuses and throttles answered, in order. */
    public List<String> operations() {
        synchronized (operations) {
            return List.copyOf(operations);
        }
    }

    /** The webhook subscriptions made, as "topic -> callback". */
    public List<String> subscriptions() {
        synchronized (subscriptions) {
            return List.copyOf(subscriptions);
        }
    }

    Set<String> scopesOf(FakeShop shop) {
        return scopes.getOrDefault(shop.domain, Set.of());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Matcher m;
            if ((m = GRAPHQL.matcher(path)).matches()) {
                graphql(exchange, m.group(1));
            } else if ((m = BULK_RESULT.matcher(path)).matches()) {
                bulkResult(exchange, Long.parseLong(m.group(1)));
            } else if ((m = AUTHORIZE.matcher(path)).matches()) {
                authorize(exchange, m.group(1));
            } else if ((m = TOKEN.matcher(path)).matches()) {
                exchangeCode(exchange, m.group(1));
            } else {
                send(exchange, 404, Map.of("errors", "Not Found"));
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            throw e;
        }
    }

    private void graphql(HttpExchange exchange, String domain) throws IOException {
        FakeShop shop = shops.get(domain);
        String token = exchange.getRequestHeaders().getFirst("X-Shopify-Access-Token");
        if (shop == null || token == null || !token.equals(tokens.get(domain))) {
            operations.add("401");
            send(exchange, 401, Map.of("errors", "[API] Invalid API key or access token (unrecognized login or wrong password)"));
            return;
        }
        Integer fault = faults.poll();
        if (fault != null) {
            operations.add(String.valueOf(fault));
            if (fault == 429) {
                exchange.getResponseHeaders().add("Retry-After", retryAfter);
            }
            send(exchange, fault, Map.of("errors", fault == 429 ? "Exceeded 2 calls per second for api client. Reduce request rates."
                    : "Internal Server Error"));
            return;
        }
        JsonNode request = json.readValue(exchange.getRequestBody().readAllBytes(), JsonNode.class);
        String query = request.get("query").getStringValue();
        Matcher name = OPERATION.matcher(query);
        if (!name.find()) {
            send(exchange, 200, Map.of("errors", List.of(Map.of("message", "Cartwise sends named operations only"))));
            return;
        }
        String operation = name.group(1);
        GraphqlAnswers answers = new GraphqlAnswers(this, shop, request.get("variables"));
        int cost = answers.cost(operation);
        Bucket bucket = buckets.computeIfAbsent(domain, d -> new Bucket(bucketSize, restoreRate));
        if (cost > GraphqlAnswers.MAX_QUERY_COST) {
            operations.add(operation + ":MAX_COST_EXCEEDED");
            send(exchange, 200, Map.of("errors", List.of(Map.of("message", "Query cost is " + cost + ", which exceeds the single query"
                    + " max cost limit (1000).", "extensions", Map.of("code", "MAX_COST_EXCEEDED", "cost", cost, "maxCost", 1000)))));
            return;
        }
        if (!bucket.take(cost)) {
            operations.add(operation + ":THROTTLED");
            send(exchange, 200, Map.of("errors", List.of(Map.of("message", "Throttled", "extensions", Map.of("code", "THROTTLED"))),
                    "extensions", cost(cost, null, bucket)));
            return;
        }
        operations.add(operation);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("data", answers.data(operation));
        answer.put("extensions", cost(cost, cost, bucket));
        send(exchange, 200, answer);
    }

    private static Map<String, Object> cost(int requested, Integer actual, Bucket bucket) {
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("requestedQueryCost", requested);
        cost.put("actualQueryCost", actual);
        cost.put("throttleStatus", Map.of("maximumAvailable", bucket.maximum(), "currentlyAvailable", Math.floor(bucket.available()),
                "restoreRate", bucket.restoreRate()));
        return Map.of("cost", cost);
    }

    synchronized Map<String, Object> startBulk(FakeShop shop, String query) {
        Long running = currentBulk.get(shop.domain);
        if (running != null && List.of("CREATED", "RUNNING").contains(bulks.get(running).status)) {
            return Map.of("bulkOperation", Map.of(), "userErrors", List.of(Map.of("field", List.of("query"),
                    "message", "A bulk query operation for this app and shop is already in progress: " + bulks.get(running).id() + ".",
                    "code", "OPERATION_IN_PROGRESS")));
        }
        BulkOperation operation = BulkResults.render(shop, query, sequence.incrementAndGet(), pollsPerBulk);
        bulks.put(operation.number, operation);
        currentBulk.put(shop.domain, operation.number);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("bulkOperation", Map.of("id", operation.id(), "status", operation.status));
        payload.put("userErrors", List.of());
        return payload;
    }

    synchronized Map<String, Object> bulkStatus(String id) {
        BulkOperation operation = bulks.values().stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
        if (operation.status.equals("CREATED") || operation.status.equals("RUNNING")) {
            operation.status = operation.pollsLeft-- > 0 ? "RUNNING" : "COMPLETED";
        }
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", operation.id());
        node.put("status", operation.status);
        node.put("errorCode", null);
        boolean done = operation.status.equals("COMPLETED");
        node.put("objectCount", done ? operation.lines.size() : operation.lines.size() / 2);
        node.put("rootObjectCount", done ? operation.rootObjects : operation.rootObjects / 2);
        node.put("url", done && !operation.lines.isEmpty() ? base() + "/bulk/" + operation.number + ".jsonl" : null);
        node.put("partialDataUrl", null);
        return node;
    }

    synchronized Map<String, Object> currentBulk(FakeShop shop) {
        Long number = currentBulk.get(shop.domain);
        return number == null ? null : Map.of("id", bulks.get(number).id(), "status", bulks.get(number).status);
    }

    synchronized Map<String, Object> cancelBulk(String id) {
        BulkOperation operation = bulks.values().stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
        operation.status = "CANCELED";
        return Map.of("bulkOperation", Map.of("id", id, "status", "CANCELING"), "userErrors", List.of());
    }

    /** Starts a bulk query as an earlier, dead sync would have left it: running, never polled. */
    public synchronized void leaveBulkRunning(String domain) {
        BulkOperation operation = BulkResults.render(shops.get(domain), "{ products { edges { node { id } } } }",
                sequence.incrementAndGet(), Integer.MAX_VALUE);
        operation.status = "RUNNING";
        bulks.put(operation.number, operation);
        currentBulk.put(domain, operation.number);
    }

    Map<String, Object> subscribe(FakeShop shop, String topic, String callback) {
        String subscription = shop.domain + " " + topic + " -> " + callback;
        Map<String, Object> payload = new LinkedHashMap<>();
        if (subscriptions.contains(subscription)) {
            payload.put("webhookSubscription", null);
            payload.put("userErrors", List.of(Map.of("field", List.of("webhookSubscription", "callbackUrl"),
                    "message", "Address for this topic has already been taken")));
        } else {
            subscriptions.add(subscription);
            payload.put("webhookSubscription", Map.of("id", GraphqlShapes.gid("WebhookSubscription", sequence.incrementAndGet())));
            payload.put("userErrors", List.of());
        }
        return payload;
    }

    private void bulkResult(HttpExchange exchange, long number) throws IOException {
        // A signed storage link: Shopify's token must not come here.
        if (exchange.getRequestHeaders().containsKey("X-Shopify-Access-Token")) {
            send(exchange, 400, Map.of("errors", "a token was sent to the bulk result's storage link"));
            return;
        }
        BulkOperation operation = bulks.get(number);
        exchange.getResponseHeaders().add("Content-Type", "application/jsonl");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (String line : operation.lines) {
                out.write(line.getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
        }
    }

    /** The merchant approves at once: Shopify sends the browser back to the redirect with a signed code. */
    private void authorize(HttpExchange exchange, String domain) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI());
        if (!CLIENT_ID.equals(query.get("client_id")) || !shops.containsKey(domain)) {
            send(exchange, 400, Map.of("errors", "unknown app or shop"));
            return;
        }
        String code = "code-" + sequence.incrementAndGet();
        codes.put(code, domain);
        scopes.put(domain, Set.of(query.get("scope").split(",")));
        Map<String, String> back = new LinkedHashMap<>();
        back.put("code", code);
        back.put("host", java.util.Base64.getEncoder().encodeToString((domain + "/admin").getBytes(StandardCharsets.UTF_8)));
        back.put("shop", domain);
        back.put("state", query.get("state"));
        back.put("timestamp", String.valueOf(java.time.Instant.now().getEpochSecond()));
        exchange.getResponseHeaders().add("Location", query.get("redirect_uri") + "?" + Signing.signedQuery(back, CLIENT_SECRET));
        exchange.sendResponseHeaders(302, -1);
    }

    private void exchangeCode(HttpExchange exchange, String domain) throws IOException {
        JsonNode body = json.readValue(exchange.getRequestBody().readAllBytes(), JsonNode.class);
        String code = body.get("code").getStringValue();
        if (!CLIENT_ID.equals(body.get("client_id").getStringValue()) || !CLIENT_SECRET.equals(body.get("client_secret").getStringValue())
                || !domain.equals(codes.remove(code))) {
            send(exchange, 400, Map.of("error", "invalid_request", "error_description", "The authorization code was not found or was already used"));
            return;
        }
        String token = "shpat_oauth_" + Long.toHexString(Double.doubleToLongBits(Math.random()));
        tokens.put(domain, token);
        send(exchange, 200, Map.of("access_token", token, "scope", String.join(",", scopes.get(domain))));
    }

    /** The token the last OAuth exchange gave the shop (tests check it never shows up elsewhere). */
    public String tokenOf(String domain) {
        return tokens.get(domain);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    private static void send(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
        byte[] bytes = JsonText.of(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
