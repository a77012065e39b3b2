package com.cartwise.bootstrap;

import com.cartwise.application.fakes.SeedImports;
import com.cartwise.application.port.ImportStaging;
import com.cartwise.application.recommend.ServingModels;
import com.cartwise.application.shop.CreateShop;
import com.cartwise.bootstrap.server.CartwiseServer;
import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.orders.Order;
import com.cartwise.domain.orders.OrderLine;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The smallest shop a model learns something from, seeded through a running instance's use cases:
 * variants A, B and C; orders A+B, A+B, A+C, B+C. And the replicas the multi-instance tests start
 * on one database.
 */
public final class ThreeVariantShop {
    private ThreeVariantShop() {
    }

    /** Creates the shop and imports its catalogue and orders; trains nothing. */
    public static void seed(CartwiseServer server, ShopId shop) {
        server.context().getBean(CreateShop.class).execute(new Shop(shop, shop.value(), Currency.getInstance("EUR")));
        ImportStaging staging = server.context().getBean(ImportStaging.class);
        ServingModels serving = server.context().getBean(ServingModels.class);
        new SeedImports(staging, serving, UploadFormat.SHOPIFY_PRODUCTS)
                .catalogue(shop, List.of(variant("a", "A"), variant("b", "B"), variant("c", "C")).iterator());
        new SeedImports(staging, serving, UploadFormat.SHOPIFY_ORDERS)
                .orders(shop, List.of(order(1, "A", "B"), order(2, "A", "B"), order(3, "A", "C"), order(4, "B", "C")).iterator());
    }

    /** An instance on the given database, as one replica behind a load balancer, with these settings besides the tests' own. */
    public static CartwiseServer replica(EmbeddedPostgres database, Path dataDirectory, Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("micronaut.server.port", -1);
        properties.put("grpc.server.port", TestServers.freePort());
        properties.put(CartwiseServer.DATA_DIRECTORY, dataDirectory.toString());
        properties.put("cartwise.security.admin-key", TestServers.OPERATOR_KEY);
        return CartwiseServer.start(properties, "postgres://postgres@localhost:" + database.getPort() + "/postgres");
    }

    private static VariantRecord variant(String handle, String sku) {
        return new VariantRecord(new Product(handle, handle.toUpperCase(), "", "", List.of()), List.of(), sku, "", null,
                new BigDecimal("10.00"), Stock.untracked());
    }

    private static Order order(int number, String... skus) {
        List<OrderLine> lines = new ArrayList<>();
        for (String sku : skus) {
            lines.add(new OrderLine("", sku, null, 1, BigDecimal.ONE));
        }
        return new Order("#" + number, Instant.parse("2024-05-01T10:00:00Z").plusSeconds(3_600L * number), Currency.getInstance("EUR"),
                lines);
    }
}
