package com.cartwise.bootstrap.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.TestServers;
import com.cartwise.rest.client.Answer;
import com.cartwise.rest.client.CartwiseRestClient;
import com.cartwise.rest.client.ImportUpload;
import com.cartwise.rest.client.RemoteJob;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a Cartwise in the middle of a large import, with the durable database a
 * merchant's data lives in: nothing of the import is kept, the next start stops the PostgreSQL the
 * dead Cartwise left running, the job ends as failed (its worker lost), and imports work again.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class KillDuringImportTest {
    private static final int LARGE_IMPORT_LINES = 300_000;
    /** A short lease, renewed every second, so that the next instance declares the killed worker lost within seconds. */
    private static final List<String> QUICK_REAPER = List.of("-Dcartwise.jobs.lease=3s", "-Dcartwise.jobs.heartbeat=1s");
    /** The import's spool files, of this test's servers only. */
    private static final String SPOOL_PREFIX = "cartwise-spool-";
    /** Where the HTTP server spills uploads, of this test's servers only. */
    private static final String UPLOADS_PREFIX = "cartwise-uploads-";
    private static final String SHOP = "killed-shop";

    @TempDir
    Path temp;
    private ServerProcess first;
    private ServerProcess second;

    @Test
    void aKilledImportKeepsNothingItsJobFailsAndTheNextStartTakesOverTheDatabase() throws Exception {
        Path data = temp.resolve("postgres");
        Path uploads = temp.resolve("uploads");
        Path tmp = temp.resolve("tmp");
        List<String> settings = new java.util.ArrayList<>(QUICK_REAPER);
        settings.addAll(ChildJvm.temporaryFilesIn(tmp));
        first = ServerProcess.start(data, uploads, temp.resolve("first.log"), settings);
        new RestCalls(first.httpPort()).createShop(SHOP);
        Path orders = GeneratedOrders.write(temp.resolve("orders_export.csv"), LARGE_IMPORT_LINES);
        CartwiseRestClient client = client(first);
        RemoteJob job = started(client.startImport(new ImportUpload(SHOP, List.of(orders), Optional.empty(), false)));
        awaitReading(client, job);

        first.kill();
        Path killedSpools = tmp.resolve(SPOOL_PREFIX + first.pid());
        assertFalse(files(killedSpools).isEmpty(), "the killed import had spooled rows");
        Path killedUploadSpills = tmp.resolve(UPLOADS_PREFIX + first.pid());
        assertTrue(Files.isDirectory(killedUploadSpills));

        ProcessHandle orphan = Databases.postmaster(data).orElseThrow(() -> new AssertionError("no PostgreSQL left running"));
        second = ServerProcess.start(data, uploads, temp.resolve("second.log"), settings);
        assertTrue(second.output().contains("Stopped an embedded PostgreSQL (process " + orphan.pid() + ") left running by a"
                + " Cartwise (process " + first.pid() + ") that is no longer running."), second.output());
        assertFalse(orphan.isAlive());
        assertFalse(Files.exists(killedUploadSpills), "the next start removes the directory of uploads the killed one spilled");
        RemoteJob lost = awaitEnd(client(second), job, Duration.ofSeconds(30));
        assertEquals(RemoteJob.FAILED, lost.state());
        assertEquals("worker-lost", lost.failure().orElseThrow().code());
        try (Connection database = Databases.connect(data)) {
            assertEquals(0, Databases.orders(database, SHOP), "nothing of the killed import is kept");
        }
        assertEquals(List.of(), files(uploads), "the killed import's upload is deleted");

        Path small = GeneratedOrders.write(temp.resolve("small_orders.csv"), 30);
        RemoteJob again = started(client(second).startImport(new ImportUpload(SHOP, List.of(small), Optional.empty(), false)));
        RemoteJob done = awaitEnd(client(second), again, Duration.ofSeconds(60));
        assertEquals(RemoteJob.SUCCEEDED, done.state(), done.toString());
        try (Connection database = Databases.connect(data)) {
            assertEquals(10, Databases.orders(database, SHOP));
        }
        assertFalse(Files.exists(killedSpools), "the next import removes the spool files the killed one left");
        assertTrue(second.output().contains("spool file(s) of an import left by Cartwise process " + first.pid()
                + ", which is no longer running"), second.output());

        second.close();
        assertFalse(Files.exists(tmp.resolve(SPOOL_PREFIX + second.pid())), "a Cartwise that stops leaves no spool directory");
        assertFalse(Files.exists(tmp.resolve(UPLOADS_PREFIX + second.pid())), "nor a directory of spilled uploads");
    }

    @AfterEach
    void stopEverything() {
        // A server killed and never followed by another leaves its PostgreSQL behind: stop it too.
        ServerProcess.stopAll(temp.resolve("postgres"), first, second);
    }

    private static CartwiseRestClient client(ServerProcess server) {
        return new CartwiseRestClient(URI.create(server.address()), Duration.ofSeconds(5), Duration.ofSeconds(30), TestServers.OPERATOR_KEY);
    }

    private static RemoteJob started(Answer<RemoteJob> answer) {
        return switch (answer) {
            case Answer.Accepted<RemoteJob> accepted -> accepted.value();
            case Answer.Refused<RemoteJob> refused -> throw new AssertionError("not started: " + refused.problem());
        };
    }

    /** Polls until the job reads its file and has read some of it: the import is under way. */
    private static void awaitReading(CartwiseRestClient client, RemoteJob job) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        RemoteJob now = job;
        while (!("reading".equals(now.phase()) && now.rowsRead() > 0)) {
            if (now.finished() || System.nanoTime() > deadline) {
                throw new AssertionError("the import was not seen reading: " + now);
            }
            Thread.sleep(20);
            now = started(client.job(job.shop(), job.id()));
        }
    }

    private static RemoteJob awaitEnd(CartwiseRestClient client, RemoteJob job, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        RemoteJob now = started(client.job(job.shop(), job.id()));
        while (!now.finished()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the job did not end within " + patience.toSeconds() + " s: " + now);
            }
            Thread.sleep(100);
            now = started(client.job(job.shop(), job.id()));
        }
        return now;
    }

    private static List<Path> files(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> listed = Files.list(directory)) {
            return listed.toList();
        }
    }
}
