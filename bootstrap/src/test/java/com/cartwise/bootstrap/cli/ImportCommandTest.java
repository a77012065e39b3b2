package com.cartwise.bootstrap.cli;

import static com.cartwise.bootstrap.cli.CliRun.cartwise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.Cartwise;
import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.robustness.ChildJvm;
import com.cartwise.bootstrap.robustness.Databases;
import com.cartwise.bootstrap.robustness.GeneratedOrders;
import com.cartwise.bootstrap.robustness.RestCalls;
import com.cartwise.bootstrap.server.CartwiseServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cartwise import} against a real running Cartwise, with files the test writes: what it
 * prints and the exit code for each way an import ends.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ImportCommandTest {
    /** Long enough to be cancelled while it reads, on any machine. */
    private static final int LARGE_IMPORT_LINES = 300_000;
    private static final Pattern JOB_ID = Pattern.compile("Import job ([0-9a-f-]{36}) ");
    private static final AtomicInteger SHOPS = new AtomicInteger();
    private static CartwiseServer server;
    private static RestCalls rest;
    private static Path largeOrders;
    @TempDir
    static Path dataDirectory;
    @TempDir
    static Path shared;
    @TempDir
    Path files;

    @BeforeAll
    static void startCartwise() {
        // A cancel is noticed at the lease's next renewal: renew often, so that a test's cancel lands while the job reads.
        server = TestServers.embedded(dataDirectory, Map.of("cartwise.jobs.heartbeat", "200ms"));
        rest = new RestCalls(server.httpPort());
        largeOrders = GeneratedOrders.write(shared.resolve("orders_export.csv"), LARGE_IMPORT_LINES);
    }

    @AfterAll
    static void stopCartwise() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void importsAShopsExportsInOneJobAndPrintsWhatEachFileDid() {
        String shop = newShop();

        CliRun run = cartwise("import", "--shop", shop, "--server", rest.base(),
                AlpineFiles.write(files, "products_export.csv", AlpineFiles.PRODUCTS).toString(),
                AlpineFiles.write(files, "orders_export.csv", AlpineFiles.ORDERS).toString());

        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("succeeded in "), run.toString());
        assertTrue(run.out().contains("Imported 9 of 9 rows of 2 files"), run.toString());
        assertTrue(run.out().contains("  products_export.csv (products): 4 rows, 4 imported, 0 refused\n"
                + "    products added 3, variants added 4, variants updated 0, image rows 0\n"), run.toString());
        assertTrue(run.out().contains("  orders_export.csv (orders): 5 rows, 5 imported, 0 refused\n"
                + "    orders added 3, orders replaced 0, orders unchanged 0, lines 5, "), run.toString());
        assertFalse(run.out().contains("Refused rows"), run.toString());
        assertEquals(3, orders(shop));
    }

    @Test
    void aBadRowExitsWith2NamingItsLineColumnAndValueAndImportsNothing() {
        String shop = newShop();

        CliRun run = cartwise("import", "--shop", shop, "--server", rest.base(),
                AlpineFiles.write(files, "orders_export.csv", AlpineFiles.ORDERS_WITH_A_BAD_QUANTITY).toString());

        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("orders_export.csv line 4, column 4 (Lineitem quantity): '-2' is negative"), run.toString());
        assertTrue(run.err().contains("value: '-2'"), run.toString());
        assertTrue(run.err().contains("nothing of this upload was imported"), run.toString());
        assertEquals(0, orders(shop));
    }

    @Test
    void aLenientImportExitsWith0CountingTheRefusedRowAndPointsAtTheRefusalReport() {
        String shop = newShop();

        CliRun run = cartwise("import", "--shop", shop, "--lenient", "--server", rest.base(),
                AlpineFiles.write(files, "orders_export.csv", AlpineFiles.ORDERS_WITH_A_BAD_QUANTITY).toString());

        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("  orders_export.csv (orders): 5 rows, 4 imported, 1 refused\n"
                + "    orders added 2, orders replaced 0, orders unchanged 0, lines 4, "), run.toString());
        Matcher report = Pattern.compile("Refused rows, each with its place and reason \\(CSV\\): " + Pattern.quote(rest.base())
                + "(\\S+/refusals)\n").matcher(run.out());
        assertTrue(report.find(), run.toString());
        HttpResponse<String> refusals = rest.get(report.group(1));
        assertEquals(200, refusals.statusCode());
        assertTrue(refusals.body().contains("orders_export.csv,4,4,Lineitem quantity,-2,"), refusals.body());
        assertEquals(2, orders(shop));
    }

    @Test
    void anUnknownShopExitsWith2() {
        CliRun run = cartwise("import", "--shop", "no-such-shop", "--server", rest.base(),
                AlpineFiles.write(files, "orders_export.csv", AlpineFiles.ORDERS).toString());

        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("(404 shop-not-found): There is no shop 'no-such-shop'"), run.toString());
    }

    @Test
    void anUnreachableServerExitsWith3() {
        String nowhere = "http://localhost:" + TestServers.freePort();

        CliRun run = cartwise("import", "--shop", "any", "--server", nowhere,
                AlpineFiles.write(files, "orders_export.csv", AlpineFiles.ORDERS).toString());

        assertEquals(3, run.exit(), run.toString());
        assertTrue(run.err().contains("Cannot reach Cartwise at " + nowhere), run.toString());
    }

    @Test
    void aMissingFileIsAUsageErrorExiting1() {
        CliRun run = cartwise("import", "--shop", "any", "--server", rest.base(), files.resolve("nowhere.csv").toString());

        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains("nowhere.csv is not a file that can be read"), run.toString());
    }

    @Test
    void theHelpDocumentsEveryExitCode() {
        CliRun run = cartwise("import", "--help");

        assertEquals(0, run.exit());
        for (String code : List.of("0   the import succeeded", "1   wrong usage", "2   Cartwise refused", "3   Cartwise cannot be reached",
                "4   the job failed", "5   the job was cancelled")) {
            assertTrue(run.out().contains(code), run.out());
        }
    }

    @Test
    void followsTheJobThroughADroppedStreamResumingAfterTheLastEventSeen() throws Exception {
        String shop = newShop();
        try (DroppingRelay relay = new DroppingRelay(server.httpPort())) {

            CliRun run = cartwise("import", "--shop", shop, "--server", relay.address(),
                    AlpineFiles.write(files, "orders_export.csv", AlpineFiles.ORDERS).toString());

            assertEquals(0, run.exit(), run.toString());
            assertTrue(relay.cutAStream(), "the relay cut the first event stream");
            List<String> streams = relay.eventRequests();
            assertEquals(2, streams.size(), streams.toString());
            assertFalse(streams.getFirst().toLowerCase().contains("last-event-id"), streams.getFirst());
            assertTrue(streams.get(1).toLowerCase().contains("last-event-id: 1\r\n"), streams.get(1));
            assertTrue(run.out().contains("orders_export.csv (orders): 5 rows, 5 imported, 0 refused"), run.toString());
        }
    }

    @Test
    void aJobCancelledWhileFollowedExitsWith5AndProgressLinesCarryNoControlCharacters() throws Exception {
        String shop = newShop();

        CompletableFuture<CliRun> running = CompletableFuture.supplyAsync(() -> cartwise("import", "--shop", shop,
                "--server", rest.base(), largeOrders.toString()));
        String job = awaitReadingJob(shop, running);
        assertEquals(202, rest.post("/api/v1/shops/" + shop + "/jobs/" + job + "/cancel", "").statusCode());
        CliRun run = running.get(60, TimeUnit.SECONDS);

        assertEquals(5, run.exit(), run.toString());
        assertTrue(run.err().contains("Import job " + job + " was cancelled"), run.toString());
        assertTrue(run.err().contains("\nImport  ? % [") && run.err().contains(" rows (0:"), "plain progress lines: " + run);
        assertFalse(run.err().contains("\r") || run.err().contains("\u001b"), "no carriage returns or escapes: " + run);
        assertEquals(0, orders(shop));
    }

    @Test
    void interruptingTheCommandAsksTheServerToCancelTheJob() {
        String shop = newShop();
        try (ChildJvm cli = ChildJvm.start(files.resolve("cli.log"), List.of(), Cartwise.class.getName(), "import",
                "--api-key", TestServers.OPERATOR_KEY, "--shop", shop, "--server", rest.base(), "--no-progress", largeOrders.toString())) {
            cli.awaitOutput(" queued: ", Duration.ofSeconds(60));
            Matcher started = JOB_ID.matcher(cli.output());
            assertTrue(started.find(), cli.output());
            String job = started.group(1);
            cli.await(() -> "reading".equals(field(jobJson(shop, job), "phase")), Duration.ofSeconds(60), "the job reading");

            cli.process().destroy();
            int exit = cli.awaitExit(Duration.ofSeconds(30));

            assertEquals(128 + 15, exit, "ended by SIGTERM, as its shell reports it: " + cli.output());
            assertTrue(cli.output().contains("Interrupted: asking Cartwise to cancel import job " + job), cli.output());
            assertTrue(cli.output().contains("Import job " + job + " was cancelled"), cli.output());
            assertEquals("cancelled", field(jobJson(shop, job), "state"));
            assertEquals(0, orders(shop));
        }
    }

    /** Waits for the shop's one job to be reading its file, and answers its id. */
    private static String awaitReadingJob(String shop, CompletableFuture<CliRun> command) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (command.isDone()) {
                throw new AssertionError("the command ended before its job was seen reading: " + command.join());
            }
            String jobs = rest.get("/api/v1/shops/" + shop + "/jobs").body();
            if ("reading".equals(field(jobs, "phase"))) {
                return field(jobs, "job_id");
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no job of " + shop + " was seen reading");
    }

    private static String jobJson(String shop, String job) {
        return rest.get("/api/v1/shops/" + shop + "/jobs/" + job).body();
    }

    /** The first value of a string field in a JSON document: enough for a job's id, state and phase. */
    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : "";
    }

    private static long orders(String shop) {
        try (Connection connection = Databases.connect(server)) {
            return Databases.orders(connection, shop);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static String newShop() {
        String shop = "cli-" + SHOPS.incrementAndGet();
        rest.createShop(shop);
        return shop;
    }
}
