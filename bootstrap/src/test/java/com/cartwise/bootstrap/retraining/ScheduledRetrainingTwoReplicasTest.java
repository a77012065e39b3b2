package com.cartwise.bootstrap.retraining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.recommend.TrainRecommender;
import com.cartwise.bootstrap.ThreeVariantShop;
import com.cartwise.bootstrap.robustness.RestCalls;
import com.cartwise.bootstrap.server.CartwiseServer;
import com.cartwise.domain.shop.ShopId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
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

    private static CartwiseServer replica(EmbeddedPostgres database, Path dataDirectory) {
        return ThreeVariantShop.replica(database, dataDirectory, Map.of("cartwise.flags.refresh", "200ms",
                "cartwise.retraining.check-interval", "200ms", "cartwise.jobs.poll-interval", "50ms"));
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
        ThreeVariantShop.seed(server, SHOP);
        server.context().getBean(TrainRecommender.class).execute(new TrainRecommender.Command(SHOP, Optional.of("co_occurrence")));
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
