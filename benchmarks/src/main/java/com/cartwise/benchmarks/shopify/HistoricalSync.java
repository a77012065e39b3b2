package com.cartwise.benchmarks.shopify;

import com.cartwise.benchmarks.jobs.JobPhases;
import com.cartwise.benchmarks.jobs.ToolOptions;
import com.cartwise.bootstrap.server.CartwiseServer;
import com.cartwise.fakeshopify.FakeShop;
import com.cartwise.fakeshopify.FakeShopify;
import com.cartwise.fakeshopify.GeneratedShop;
import com.cartwise.fakeshopify.JsonText;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A historical Shopify sync end to end: a fake Shopify on 127.0.0.1 serving a generated shop, a
 * whole Cartwise (its embedded PostgreSQL, durable as a merchant's) connected to it over HTTP, and
 * the sync job followed through its Server-Sent Events. Prints the time from the connect request to
 * the job's end, and each phase's share (from the job's own event times): Shopify preparing and
 * Cartwise reading each bulk result (products, stock, orders), then loading (COPY), checking and
 * merging. The fake answers a bulk poll at once, so "preparing" is Cartwise's polling, not Shopify's.
 *
 * <pre>
 * java -cp ... com.cartwise.benchmarks.shopify.HistoricalSync [--orders 10000] [--products 1000] [--rounds 3] [--data-dir DIR]
 * </pre>
 */
public final class HistoricalSync {
    private static final String KEY = "q83vEOzJf1Vb8Za0r3QJ2tE9uB1YH2kD0oZr3bW5gcE=";

    /** A fresh operator key for the server this benchmark starts (at least 32 characters). */
    private static final String OPERATOR_KEY = java.util.HexFormat.of().formatHex(randomBytes());
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    private HistoricalSync(int port) {
        this.base = "http://localhost:" + port;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = ToolOptions.parse(args);
        int orders = Integer.parseInt(options.getOrDefault("orders", "10000"));
        int products = Integer.parseInt(options.getOrDefault("products", "1000"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        Path data = Path.of(options.getOrDefault("data-dir", System.getProperty("java.io.tmpdir") + "/cartwise-shopify-bench-"
                + System.nanoTime()));
        Files.createDirectories(data);
        int[] ports = freePorts();
        int port = ports[0];
        try (FakeShopify fake = FakeShopify.start()) {
            fake.pollsPerBulk(1);
            Map<String, Object> settings = new HashMap<>();
            settings.put("micronaut.server.port", port);
            settings.put("grpc.server.port", ports[1]);
            settings.put(CartwiseServer.DATA_DIRECTORY, data.resolve("postgres").toString());
            settings.put("cartwise.imports.upload-directory", data.resolve("uploads").toString());
            settings.put("cartwise.shopify.admin-url", fake.adminUrl());
            settings.put("cartwise.shopify.token-encryption-key", KEY);
            settings.put("cartwise.shopify.bulk-poll-interval", "50ms");
            settings.put("cartwise.shopify.sync.incremental-interval", "0s");
            // The server it starts has this operator key, which the benchmark sends.
            settings.put("cartwise.security.admin-key", OPERATOR_KEY);
            // Each bulk query says where its time went: prepared, downloaded, read.
            settings.put("logger.levels.com.cartwise.shopify", "DEBUG");
            try (CartwiseServer server = CartwiseServer.start(settings, null)) {
                HistoricalSync bench = new HistoricalSync(port);
                for (int round = 1; round <= rounds; round++) {
                    long generated = System.nanoTime();
                    FakeShop shop = GeneratedShop.generate("bench-" + round + ".myshopify.com", products, orders, 20_250_101L + round);
                    fake.add(shop, "shpat_bench_" + round, Set.of("read_products", "read_orders", "read_inventory", "read_locations",
                            "read_all_orders", "read_customers"));
                    long lines = shop.orders.stream().mapToLong(o -> o.lines.size()).sum();
                    long variants = shop.products.stream().mapToLong(p -> p.variants.size()).sum();
                    System.out.printf(Locale.ROOT, "round %d: shop of %,d orders (%,d lines), %,d products (%,d variants) generated in %.1f s%n",
                            round, orders, lines, products, variants, (System.nanoTime() - generated) / 1e9);
                    System.out.println("  " + bench.sync("bench-" + round, shop, "shpat_bench_" + round));
                }
            }
        }
    }

    private String sync(String shopId, FakeShop shop, String token) throws Exception {
        send(HttpRequest.newBuilder(uri("/api/v1/shops")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JsonText.of(Map.of("shop_id", shopId, "name", shopId, "currency", "EUR")))), 201);
        long started = System.nanoTime();
        HttpResponse<String> connected = send(HttpRequest.newBuilder(uri("/api/v1/shops/" + shopId + "/shopify/connection"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JsonText.of(Map.of(
                        "shop_domain", shop.domain, "access_token", token)))), 201);
        Matcher job = Pattern.compile("\"sync_job\":\\{\"job_id\":\"([^\"]+)\"").matcher(connected.body());
        if (!job.find()) {
            throw new IllegalStateException("no sync job in " + connected.body());
        }
        JobPhases followed = JobPhases.follow(http, uri("/api/v1/shops/" + shopId + "/jobs/" + job.group(1) + "/events"),
                OPERATOR_KEY);
        return describe(followed, (System.nanoTime() - started) / 1e9, shop.orders.size());
    }

    private static String describe(JobPhases followed, double seconds, int orders) {
        if (!"succeeded".equals(followed.state())) {
            return "the sync ended " + followed.state();
        }
        return String.format(Locale.ROOT, "%,d orders synced in %.2f s from the connect request (%,.0f orders/s);", orders, seconds,
                orders / seconds) + followed.describe();
    }

    private HttpResponse<String> send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(ToolOptions.authorized(request, OPERATOR_KEY).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** Two ports the OS just handed out, held together so that they differ. */
    private static int[] freePorts() throws IOException {
        try (ServerSocket http = new ServerSocket(0); ServerSocket grpc = new ServerSocket(0)) {
            return new int[] {http.getLocalPort(), grpc.getLocalPort()};
        }
    }
}
