package com.cartwise.benchmarks.soak;

import com.cartwise.benchmarks.data.SyntheticShop;
import com.cartwise.benchmarks.data.SyntheticShopGenerator;
import com.cartwise.benchmarks.imports.ShopApi;
import com.cartwise.benchmarks.imports.ShopifyExportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The shop the soak imports into, beside the one it serves: a generated shop whose Shopify exports
 * are written once (kept in the files directory), its catalogue imported before the load, and
 * two orders exports for the job cycle: the orders as generated, and the same orders each changed.
 */
final class SecondShop {
    private static final long SEED = 20_261_126L;

    private SecondShop() {
    }

    /** The two orders exports the job cycle imports in turn, of {@code lines} lines each. */
    record OrderExports(List<Path> files, long lines) {
    }

    /** Writes the exports if they are not there yet, creates the shop if it does not exist, imports its catalogue. */
    static OrderExports prepare(ShopApi api, String shop, Path files, int lines, int variants) throws IOException, InterruptedException {
        Files.createDirectories(files);
        String suffix = lines + "x" + variants;
        Path products = files.resolve("products_export-" + variants + ".csv");
        Path orders = files.resolve("orders_export-" + suffix + ".csv");
        Path changed = files.resolve("orders_export-" + suffix + "-changed.csv");
        if (!Files.exists(products) || !Files.exists(orders) || !Files.exists(changed)) {
            // Enough orders for the lines wanted: the generator averages under three lines an order.
            SyntheticShop generated = new SyntheticShopGenerator(new SyntheticShopGenerator.Settings(Math.max(100, lines / 2), variants, 1,
                    SEED)).generate();
            ShopifyExportFiles.writeProducts(generated, products);
            ShopifyExportFiles.writeOrders(generated, orders, lines);
            ShopifyExportFiles.writeOrders(generated, changed, lines, 2);
        }
        api.createShop(shop, "Soak imports", SyntheticShop.CURRENCY);
        api.awaitSuccess(api.startImport(shop, List.of(products)));
        long written;
        try (var all = Files.lines(orders)) {
            written = all.count() - 1;
        }
        System.out.printf(Locale.ROOT, "second shop '%s': catalogue of %,d variants imported; orders exports of %,d lines: %s and %s%n",
                shop, variants, written, orders, changed.getFileName());
        return new OrderExports(List.of(orders, changed), written);
    }
}
