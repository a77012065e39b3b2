package com.cartwise.benchmarks.bundles;

import com.cartwise.benchmarks.jobs.JobPhases;
import com.cartwise.benchmarks.jobs.ToolOptions;
import com.cartwise.rest.client.Answer;
import com.cartwise.rest.client.CartwiseRestClient;
import com.cartwise.rest.client.GenerationStart;
import com.cartwise.rest.client.ImportUpload;
import com.cartwise.rest.client.RemoteJob;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * Bundle generation end to end through REST on a running Cartwise: the generated shop of the
 * domain benchmark ({@link GeneratedShop}, 100,000 orders and 5,000 products by default) written as
 * Shopify exports and imported as a merchant would, then generation jobs (AI copy off, every
 * objective and type) followed to their end through their events. Prints the import's time, then
 * per generation its total (the job's start to its end, by the server's clock), the client's wall
 * time from the request to the last event, and each phase's time. The first generation is the
 * shop's first (with its quick start); later ones replace its bundles.
 *
 * <pre>
 * benchmarks/bundle-generation.sh [--orders 100000] [--products 5000] [--seed 7] [--runs 3] [--files DIR]
 * </pre>
 */
public final class BundleGenerationThroughput {
    private BundleGenerationThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = ToolOptions.parse(args);
        URI server = URI.create(options.getOrDefault("server", "http://localhost:18690"));
        int orders = Integer.parseInt(options.getOrDefault("orders", "100000"));
        int products = Integer.parseInt(options.getOrDefault("products", "5000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "7"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        Path files = Path.of(options.getOrDefault("files", System.getProperty("java.io.tmpdir") + "/cartwise-bundle-bench"));

        Files.createDirectories(files);
        Path productsFile = files.resolve("products_export-" + products + "-" + seed + ".csv");
        Path ordersFile = files.resolve("orders_export-" + orders + "-" + products + "-" + seed + ".csv");
        if (!Files.exists(productsFile) || !Files.exists(ordersFile)) {
            long started = System.nanoTime();
            GeneratedShop shop = GeneratedShop.generate(products, orders, seed);
            GeneratedShopExports.writeProducts(shop, productsFile);
            GeneratedShopExports.writeOrders(shop, ordersFile);
            System.out.printf(Locale.ROOT, "generated %s and %s in %.1f s%n", productsFile.getFileName(), ordersFile.getFileName(),
                    (System.nanoTime() - started) / 1e9);
        }

        String key = ToolOptions.apiKey(options);
        CartwiseRestClient client = new CartwiseRestClient(server, Duration.ofSeconds(10), Duration.ofSeconds(60), key);
        HttpClient http = HttpClient.newHttpClient();
        String shop = "bundle-bench-" + UUID.randomUUID().toString().substring(0, 8);
        create(http, server, shop, key);
        RemoteJob imported = ended(client, accepted(client.startImport(new ImportUpload(shop, List.of(productsFile, ordersFile),
                Optional.empty(), false))));
        System.out.printf(Locale.ROOT, "imported %s in %.1f s: %s%n", shop, imported.runTime().orElseThrow().toMillis() / 1e3,
                imported.message());

        for (int run = 1; run <= runs; run++) {
            long started = System.nanoTime();
            RemoteJob job = accepted(client.startBundleGeneration(new GenerationStart(shop, List.of(), List.of(), false,
                    OptionalDouble.empty(), OptionalDouble.empty())));
            JobPhases phases = JobPhases.follow(http, client.resolve(job.links().events()), key);
            double wall = (System.nanoTime() - started) / 1e9;
            RemoteJob done = accepted(client.job(shop, job.id()));
            System.out.printf(Locale.ROOT, "generation %d (%s): job %.2f s, request to last event %.2f s;%s%n  %s%n", run,
                    run == 1 ? "first, with quick start" : "again", phases.seconds(), wall, phases.describe(), done.message());
        }
    }

    private static void create(HttpClient http, URI server, String shop, String key) throws Exception {
        HttpResponse<String> response = http.send(ToolOptions.authorized(HttpRequest.newBuilder(server.resolve("/api/v1/shops")), key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"shop_id\":\"" + shop + "\",\"name\":\"Bundle benchmark\","
                        + "\"currency\":\"EUR\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("shop not created: " + response.body());
        }
    }

    private static RemoteJob ended(CartwiseRestClient client, RemoteJob job) {
        RemoteJob done = accepted(client.follow(job, event -> {
        }));
        if (!RemoteJob.SUCCEEDED.equals(done.state())) {
            throw new IllegalStateException("the job ended " + done.state() + ": " + done.message());
        }
        return done;
    }

    private static <T> T accepted(Answer<T> answer) {
        return switch (answer) {
            case Answer.Accepted<T> accepted -> accepted.value();
            case Answer.Refused<T> refused -> throw new IllegalStateException("refused: " + refused.problem());
        };
    }
}
