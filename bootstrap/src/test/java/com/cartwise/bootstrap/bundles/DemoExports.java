package com.cartwise.bootstrap.bundles;

import com.cartwise.bootstrap.demo.DemoData;
import com.cartwise.bootstrap.demo.DemoShopGenerator;
import com.cartwise.bootstrap.demo.ShopifyExportWriter;
import com.cartwise.rest.client.Answer;
import com.cartwise.rest.client.CartwiseRestClient;
import com.cartwise.rest.client.ImportUpload;
import com.cartwise.rest.client.RemoteJob;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The demo shop's catalogue and year of orders (about 4,000, with designed complements) as the
 * Shopify exports a merchant uploads: a shop with enough to mine for bundle tests over real sockets.
 */
public final class DemoExports {
    private DemoExports() {
    }

    /** Writes products_export.csv and orders_export.csv into {@code directory}. */
    public static List<Path> write(Path directory) {
        DemoData data = new DemoShopGenerator(DemoShopGenerator.DEFAULT_SEED).generate();
        Path products = directory.resolve("products_export.csv");
        Path orders = directory.resolve("orders_export.csv");
        ShopifyExportWriter.writeProducts(products, data.variants().iterator());
        ShopifyExportWriter.writeOrders(orders, data.orders().iterator());
        return List.of(products, orders);
    }

    /** Imports the files into the shop through the REST client and answers the finished import job. */
    public static RemoteJob importInto(CartwiseRestClient client, String shop, List<Path> files) {
        return importInto(client, shop, files, Optional.empty());
    }

    /** The same with the files' type named ({@code baskets}, ...), as {@code ?type=} names it. */
    public static RemoteJob importInto(CartwiseRestClient client, String shop, List<Path> files, Optional<String> type) {
        RemoteJob started = accepted(client.startImport(new ImportUpload(shop, files, type, false)));
        RemoteJob done = accepted(client.follow(started, event -> {
        }));
        if (!done.state().equals(RemoteJob.SUCCEEDED)) {
            throw new IllegalStateException("the import did not succeed: " + done);
        }
        return done;
    }

    public static <T> T accepted(Answer<T> answer) {
        return switch (answer) {
            case Answer.Accepted<T> accepted -> accepted.value();
            case Answer.Refused<T> refused -> throw new AssertionError("refused: " + refused.problem());
        };
    }
}
