package com.cartwise.bootstrap;

import com.cartwise.bootstrap.server.CartwiseServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With DATABASE_URL set, Cartwise uses that PostgreSQL and starts none of its own; /health
 * follows the database up and down.
 */
class DatabaseAndHealthTest {

    @TempDir
    Path temp;

    @Test
    void aConfiguredDatabaseIsUsedInsteadOfTheEmbeddedOneAndHealthFollowsIt() throws Exception {
        EmbeddedPostgres external = EmbeddedPostgres.builder().start();
        Path untouched = temp.resolve("never-created");
        try (CartwiseServer server = TestServers.withDatabaseUrl(
                "postgres://postgres@localhost:" + external.getPort() + "/postgres", untouched)) {

            assertTrue(server.embeddedDataDirectory().isEmpty());
            assertFalse(Files.exists(untouched), "no embedded database was started");
            assertTrue(appliedMigrations(external) >= 1, "Flyway migrated the configured database");
            HttpResponse<String> up = health(server);
            assertEquals(200, up.statusCode(), up.body());
            assertTrue(up.body().contains("\"UP\""), up.body());
            assertFalse(up.body().contains("jdbc:"), "no internals for strangers: " + up.body());

            external.close();

            HttpResponse<String> down = health(server);
            assertEquals(503, down.statusCode(), down.body());
            assertTrue(down.body().contains("\"DOWN\""), down.body());
        } finally {
            external.close();
        }
    }

    private static long appliedMigrations(EmbeddedPostgres database) throws Exception {
        try (Connection c = database.getPostgresDatabase().getConnection();
             ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static HttpResponse<String> health(CartwiseServer server) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + server.httpPort() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
