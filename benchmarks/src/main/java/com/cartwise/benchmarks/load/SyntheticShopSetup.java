package com.cartwise.benchmarks.load;

import com.cartwise.benchmarks.data.SyntheticShop;
import com.cartwise.benchmarks.data.SyntheticShopGenerator;
import com.cartwise.benchmarks.imports.ShopApi;
import com.cartwise.benchmarks.imports.ShopifyExportFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Puts the generated benchmark shop (by default a million orders over fifty thousand variants,
 * {@link SyntheticShopGenerator.Settings#MILLION_ORDERS}) on a running Cartwise the way a merchant
 * would, so that the load tool can measure serving it: its Shopify products and orders exports
 * uploaded over REST in one import job, then a full training job. Writes the load tool's cart
 * file beside the exports. Everything is kept: exports already written are reused, and a shop
 * that already has a model is left as it is, so only the first run pays.
 * <p>
 * {@code SHOP=synthetic benchmarks/serving-load.sh} runs it before the load; by hand:
 * {@code java -cp <benchmarks classpath> com.cartwise.benchmarks.load.SyntheticShopSetup --server http://localhost:18680}.
 */
@Command(name = "synthetic-shop-setup", mixinStandardHelpOptions = true,
        description = "Import and train the generated benchmark shop on a running Cartwise, and write its cart file.")
public final class SyntheticShopSetup implements Callable<Integer> {
    /** One cart in this many orders: about twenty thousand carts spread over the shop's three years. */
    private static final int CART_STRIDE = 50;

    @Option(names = "--server", defaultValue = "http://localhost:8080", description = "Cartwise's REST base URL (default: ${DEFAULT-VALUE}).")
    String server;

    @Option(names = "--api-key", defaultValue = "${env:CARTWISE_API_KEY}", required = true,
            description = "The server's operator key, to create the shop (default: the environment variable CARTWISE_API_KEY).")
    String apiKey;

    @Option(names = "--shop", defaultValue = "million", description = "Shop id (default: ${DEFAULT-VALUE}).")
    String shop;

    @Option(names = "--orders", defaultValue = "1000000", description = "Orders to generate (default: ${DEFAULT-VALUE}).")
    int orders;

    @Option(names = "--variants", defaultValue = "50000", description = "Variants to generate (default: ${DEFAULT-VALUE}).")
    int variants;

    @Option(names = "--files", required = true, description = "Directory for the exports and the cart file (kept between runs).")
    Path files;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SyntheticShopSetup()).execute(args));
    }

    /** Where the cart file for these settings is written: {@code carts-<orders>x<variants>.txt} in the files directory. */
    static Path cartFile(Path files, int orders, int variants) {
        return files.resolve("carts-" + orders + "x" + variants + ".txt");
    }

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(files);
        String suffix = orders + "x" + variants;
        Path products = files.resolve("products_export-" + suffix + ".csv");
        Path orderExport = files.resolve("orders_export-" + suffix + ".csv");
        Path carts = cartFile(files, orders, variants);
        if (!Files.exists(products) || !Files.exists(orderExport) || !Files.exists(carts)) {
            writeFiles(products, orderExport, carts);
        }
        ShopApi api = new ShopApi(server, apiKey);
        Optional<JsonNode> model = api.shopExists(shop) ? api.newestModel(shop) : Optional.empty();
        if (model.isEmpty()) {
            api.createShop(shop, "Synthetic " + suffix, SyntheticShop.CURRENCY);
            long started = System.nanoTime();
            JsonNode imported = api.awaitSuccess(api.startImport(shop, List.of(products, orderExport)));
            System.out.printf(Locale.ROOT, "imported %s rows into shop '%s' in %.1f s%n",
                    imported.path("report").path("imported").asText(), shop, seconds(started));
            started = System.nanoTime();
            api.awaitSuccess(api.startTraining(shop));
            System.out.printf(Locale.ROOT, "trained shop '%s' in %.1f s (job, with evaluation)%n", shop, seconds(started));
            model = api.newestModel(shop);
        }
        JsonNode m = model.orElseThrow(() -> new IllegalStateException("shop '" + shop + "' has no model after its training"));
        System.out.printf(Locale.ROOT, "shop '%s': model %d (%s), %,d orders, %,d bytes (%.1f MB) of arrays; carts in %s%n",
                shop, m.path("model_version").asLong(), m.path("metric").asText(), m.path("orders").asLong(),
                m.path("size_bytes").asLong(), m.path("size_bytes").asLong() / 1048576.0, carts);
        return 0;
    }

    private void writeFiles(Path products, Path orderExport, Path carts) throws IOException {
        long started = System.nanoTime();
        SyntheticShop generated = new SyntheticShopGenerator(new SyntheticShopGenerator.Settings(orders, variants,
                SyntheticShopGenerator.Settings.MILLION_ORDERS.years(), SyntheticShopGenerator.Settings.MILLION_ORDERS.seed())).generate();
        ShopifyExportFiles.writeProducts(generated, products);
        long lines = ShopifyExportFiles.writeOrders(generated, orderExport, Long.MAX_VALUE);
        int written = writeCarts(generated, carts);
        System.out.printf(Locale.ROOT, "wrote %s (%,d variants), %s (%,d orders, %,d lines, %,d MB) and %,d carts in %.1f s%n",
                products.getFileName(), generated.variants().size(), orderExport.getFileName(), generated.orders(), lines,
                Files.size(orderExport) >> 20, written, seconds(started));
    }

    /** Every {@value #CART_STRIDE}th order with 1 to {@link Carts#MAX_ITEMS} lines, as a cart of its SKUs. */
    static int writeCarts(SyntheticShop shop, Path file) throws IOException {
        int written = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.println("# past orders of 1 to " + Carts.MAX_ITEMS + " lines of the generated shop, one in " + CART_STRIDE);
            for (int order = 0; order < shop.orders(); order += CART_STRIDE) {
                if (shop.lineCount(order) > Carts.MAX_ITEMS) {
                    continue;
                }
                StringBuilder cart = new StringBuilder();
                for (int line = 0; line < shop.lineCount(order); line++) {
                    cart.append(line == 0 ? "" : ",").append("sku=").append(shop.variant(shop.line(order, line)).sku());
                }
                out.println(cart);
                written++;
            }
        }
        return written;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
