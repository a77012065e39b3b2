package com.cartwise.bootstrap.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.database.EmbeddedDatabase;
import com.cartwise.bootstrap.server.CartwiseServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL belongs to the Cartwise that started it: a start refuses a data directory
 * whose owner still runs, stops a PostgreSQL whose owner was killed, and serves with fsync and
 * synchronous commit on unless told that the data is disposable.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class EmbeddedDatabaseOwnershipTest {
    @TempDir
    Path temp;
    private ChildJvm owner;

    @Test
    void aDirectoryWhoseOwnerRunsIsRefusedAndOneWhoseOwnerWasKilledIsTakenOverStoppingTheOrphan() throws Exception {
        Path data = temp.resolve("postgres");
        // killed below, it removes none of its temporary files: they stay here, gone with the test
        owner = ChildJvm.start(temp.resolve("owner.log"), ChildJvm.temporaryFilesIn(temp.resolve("tmp")),
                EmbeddedDatabaseHolder.class.getName(), data.toString());
        owner.awaitOutput(EmbeddedDatabaseHolder.READY, Duration.ofSeconds(120));

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> EmbeddedDatabase.start(data, 0, false, n -> { }));
        assertTrue(refused.getMessage().contains("is in use by another running Cartwise (process " + owner.pid() + ")"),
                refused.getMessage());

        ProcessHandle postmaster = Databases.postmaster(data).orElseThrow();
        owner.kill();
        assertTrue(postmaster.isAlive(), "SIGKILL leaves the embedded PostgreSQL running, orphaned");

        List<String> notices = new ArrayList<>();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data, 0, false, notices::add);
             Connection connection = java.sql.DriverManager.getConnection(database.url().jdbcUrl())) {
            assertEquals(List.of("Stopped an embedded PostgreSQL (process " + postmaster.pid() + ") left running by a Cartwise"
                    + " (process " + owner.pid() + ") that is no longer running."), notices);
            assertFalse(postmaster.isAlive());
            assertEquals("1", Databases.single(connection, "SELECT 1"));
        }
    }

    @Test
    void theServedDatabaseKeepsFsyncAndSynchronousCommitOnUnlessTheDataIsDisposable() throws Exception {
        Path data = temp.resolve("settings");

        try (CartwiseServer durable = TestServers.embedded(data, Map.of(CartwiseServer.EMBEDDED_DURABLE, true));
             Connection connection = Databases.connect(durable)) {
            assertEquals("on", Databases.single(connection, "SHOW fsync"));
            assertEquals("on", Databases.single(connection, "SHOW synchronous_commit"));
        }
        try (CartwiseServer disposable = TestServers.embedded(data, Map.of(CartwiseServer.EMBEDDED_DURABLE, false));
             Connection connection = Databases.connect(disposable)) {
            assertEquals("off", Databases.single(connection, "SHOW fsync"));
            assertEquals("off", Databases.single(connection, "SHOW synchronous_commit"));
        }
    }

    @AfterEach
    void stopWhatIsLeft() {
        if (owner != null) {
            owner.close();
        }
        Databases.stopLeftPostmaster(temp.resolve("postgres"));
    }
}
