package com.cartwise.bootstrap.retraining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.fakes.SeedImports;
import com.cartwise.application.port.ImportStaging;
import com.cartwise.application.recommend.ServingModels;
import com.cartwise.application.recommend.TrainRecommender;
import com.cartwise.application.shop.CreateShop;
import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.robustness.RestCalls;
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
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replicas on one database, both looking for due retrainings five times a second: a due
 * retraining is claimed by one of them and runs exactly once, as a training job.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ScheduledRetrainingTwoReplicasTest {
    private static final ShopId SHOP = ShopId.of("scheduled");
    /** 03:00 on the first of January: never due during the test unless the test makes it due. */
    private static final String YEARLY = "0 0 3 1 1 *";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    private static CartwiseServer replica(EmbeddedPostgres database, Path directory) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("grpc.server.port", TestServers.freePort());
        properties.put(CartwiseServer.DATA_DIRECTORY, directory.toString());
        properties.put("cartwise.flags.refresh", "200ms");
        properties.put("cartwise.retraining.check-interval", "200ms");
        properties.put("cartwise.jobs.poll-interval", "50ms");
        return CartwiseServer.start(properties, "postgres://postgres@localhost:" + database.getPort() + "/postgres");
    }

    @Test
    void aDueRetrainingRunsExactlyOnceAcrossTwoReplicas() throws Exception {
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().start();
             CartwiseServer first = replica(database, temp.resolve("one"));
             CartwiseServer second = replica(database, temp.resolve("two"))) {
            givenATrainedShop(first);
            HttpResponse<String> set = new RestCalls(second.httpPort()).put("/api/v1/admin/shops/" + SHOP + "/flags/retraining.cron",
                    "{\"value\": \"" + YEARLY + "\"}", "e2e-ops");
            assertEquals(200, set.statusCode(), set.body());
            await(() -> count(database, "SELECT count(*) FROM retraining_schedule WHERE shop_id = ?") == 1, "the shop is planned");
            assertEquals(0, trainingJobs(database), "planned for next January, nothing is due yet");

            execute(database, "UPDATE retraining_schedule SET next_run_at = now() - interval '1 second' WHERE shop_id = ?");

            await(() -> count(database, "SELECT count(*) FROM jobs WHERE shop_id = ? AND kind = 'training' AND state = 'succeeded'") == 1,
                    "the scheduled training ran");
            Thread.sleep(2_000); // ten more rounds of each replica
            assertEquals(1, trainingJobs(database), "exactly one training job");
            assertEquals(2, count(database, "SELECT count(*) FROM models WHERE shop_id = ?"), "the retraining stored version 2");
            assertTrue(nextRun(database).isAfter(Instant.now()), "the next run is next January's");
        }
    }

    private static void givenATrainedShop(CartwiseServer server) {
        server.context().getBean(CreateShop.class).execute(new Shop(SHOP, "Scheduled", Currency.getInstance("EUR")));
        ImportStaging staging = server.context().getBean(ImportStaging.class);
        ServingModels serving = server.context().getBean(ServingModels.class);
        new SeedImports(staging, serving, UploadFormat.SHOPIFY_PRODUCTS)
                .catalogue(SHOP, List.of(variant("a", "A"), variant("b", "B"), variant("c", "C")).iterator());
        new SeedImports(staging, serving, UploadFormat.SHOPIFY_ORDERS)
                .orders(SHOP, List.of(order(1, "A", "B"), order(2, "A", "B"), order(3, "A", "C"), order(4, "B", "C")).iterator());
        server.context().getBean(TrainRecommender.class).execute(new TrainRecommender.Command(SHOP, Optional.of("co_occurrence")));
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

    private static long trainingJobs(EmbeddedPostgres database) {
        return count(database, "SELECT count(*) FROM jobs WHERE shop_id = ? AND kind = 'training'");
    }

    private static Instant nextRun(EmbeddedPostgres database) throws SQLException {
        try (Connection connection = database.getPostgresDatabase().getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT next_run_at FROM retraining_schedule WHERE shop_id = ?")) {
            query.setString(1, SHOP.value());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getTimestamp(1).toInstant();
            }
        }
    }

    private static long count(EmbeddedPostgres database, String sql) {
        try (Connection connection = database.getPostgresDatabase().getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, SHOP.value());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(EmbeddedPostgres database, String sql) throws SQLException {
        try (Connection connection = database.getPostgresDatabase().getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, SHOP.value());
            assertEquals(1, update.executeUpdate());
        }
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "not within " + PATIENCE + ": " + what);
            Thread.sleep(100);
        }
    }
}
