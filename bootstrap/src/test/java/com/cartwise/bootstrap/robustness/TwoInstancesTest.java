package com.cartwise.bootstrap.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.bundles.DemoExports;
import com.cartwise.bootstrap.server.CartwiseServer;
import com.cartwise.rest.client.Answer;
import com.cartwise.rest.client.CartwiseRestClient;
import com.cartwise.rest.client.GenerationStart;
import com.cartwise.rest.client.ImportUpload;
import com.cartwise.rest.client.JobProgressEvent;
import com.cartwise.rest.client.RemoteJob;
import com.cartwise.rest.client.RemoteProblem;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Cartwise instances on one database, as two replicas behind a load balancer: one runs its
 * own embedded PostgreSQL, the other uses it through its URL; both keep uploads in one shared
 * directory. Either may run any job, and either shows any job.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class TwoInstancesTest {
    /** Enough for a job to be reading long enough that progress is reported, small enough to keep the suite quick. */
    private static final int LINES = 12_000;
    private static CartwiseServer first;
    private static CartwiseServer second;
    private static CartwiseRestClient throughFirst;
    private static CartwiseRestClient throughSecond;
    /** Threads of the test's own: the common pool may have a single one on a 2-core machine. */
    private static ExecutorService callers;
    @TempDir
    static Path temp;

    @BeforeAll
    static void startTwoInstancesOnOneDatabase() {
        Map<String, Object> sharedUploads = Map.of("cartwise.imports.upload-directory", temp.resolve("uploads").toString());
        first = TestServers.embedded(temp.resolve("postgres"), sharedUploads);
        String databaseUrl = first.context().getProperty("datasources.default.url", String.class).orElseThrow();
        second = TestServers.withDatabaseUrl(databaseUrl, temp.resolve("unused"), sharedUploads);
        throughFirst = client(first);
        throughSecond = client(second);
        callers = Executors.newCachedThreadPool();
    }

    @AfterAll
    static void stopThem() {
        if (callers != null) {
            callers.shutdownNow();
        }
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void jobsStartedThroughEitherRunOnceAndAreFollowedToTheirEndThroughTheOther() throws Exception {
        int jobs = 4;
        List<String> shops = new ArrayList<>();
        List<RemoteJob> started = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            String shop = "replicated-" + i;
            new RestCalls(first.httpPort()).createShop(shop);
            shops.add(shop);
            Path orders = GeneratedOrders.write(temp.resolve(shop + ".csv"), LINES);
            started.add(accepted(startingThrough(i).startImport(new ImportUpload(shop, List.of(orders), Optional.empty(), false))));
        }

        List<CompletableFuture<Followed>> following = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            RemoteJob job = started.get(i);
            CartwiseRestClient other = startingThrough(i + 1);
            following.add(CompletableFuture.supplyAsync(() -> {
                List<JobProgressEvent> events = new CopyOnWriteArrayList<>();
                return new Followed(accepted(other.follow(job, events::add)), events);
            }, callers));
        }

        try (Connection database = Databases.connect(first)) {
            for (int i = 0; i < jobs; i++) {
                Followed followed = following.get(i).get(120, TimeUnit.SECONDS);
                String shop = shops.get(i);
                RemoteJob ended = followed.ended();
                assertEquals(RemoteJob.SUCCEEDED, ended.state(), ended.toString());
                assertEquals(1, ended.attempts(), "claimed once: " + ended);
                assertEquals(LINES, ended.rowsImported());
                assertEquals(1, Long.parseLong(Databases.single(database, "SELECT count(*) FROM job_events WHERE shop_id = ? AND"
                        + " job_id = ?::uuid AND phase = 'starting'", shop, ended.id())), "one worker started it");
                assertEquals(1, Long.parseLong(Databases.single(database, "SELECT count(*) FROM jobs WHERE shop_id = ?", shop)));
                assertEquals(LINES / GeneratedOrders.LINES_PER_ORDER, Databases.orders(database, shop), "imported once");
                assertTrue(followed.events().stream().anyMatch(e -> e.phase().equals("reading")),
                        "progress seen through the other instance: " + followed.events());
                RemoteJob seenThroughStarter = accepted(startingThrough(i).job(shop, ended.id()));
                assertEquals(ended.state(), seenThroughStarter.state());
                assertEquals(ended.rowsImported(), seenThroughStarter.rowsImported());
            }
        }
    }

    @Test
    void twoStartsForOneShopAtTheSameMomentThroughBothInstancesAcceptOneAndNameItToTheOther() throws Exception {
        String shop = "contended";
        new RestCalls(second.httpPort()).createShop(shop);
        Path orders = GeneratedOrders.write(temp.resolve("contended.csv"), 30_000);
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Answer<RemoteJob>>> starts = new ArrayList<>();
        for (CartwiseRestClient instance : List.of(throughFirst, throughSecond)) {
            starts.add(CompletableFuture.supplyAsync(() -> {
                await(together);
                return instance.startImport(new ImportUpload(shop, List.of(orders), Optional.empty(), false));
            }, callers));
        }
        List<Answer<RemoteJob>> answers = new ArrayList<>();
        for (CompletableFuture<Answer<RemoteJob>> start : starts) {
            answers.add(start.get(60, TimeUnit.SECONDS));
        }

        List<RemoteJob> accepted = answers.stream().filter(a -> a instanceof Answer.Accepted<RemoteJob>)
                .map(a -> ((Answer.Accepted<RemoteJob>) a).value()).toList();
        List<RemoteProblem> refused = answers.stream().filter(a -> a instanceof Answer.Refused<RemoteJob>)
                .map(a -> ((Answer.Refused<RemoteJob>) a).problem()).toList();
        assertEquals(1, accepted.size(), answers.toString());
        assertEquals(1, refused.size(), answers.toString());
        RemoteProblem busy = refused.getFirst();
        assertEquals(409, busy.status());
        assertEquals(Optional.of(accepted.getFirst().id()), busy.jobId());
        assertTrue(busy.detail().contains(accepted.getFirst().id()), busy.detail());
        assertEquals(RemoteJob.SUCCEEDED, accepted(throughSecond.follow(accepted.getFirst(), e -> { })).state());
        try (Connection database = Databases.connect(second)) {
            assertEquals(10_000, Databases.orders(database, shop));
        }
    }

    @Test
    void aBundleGenerationStartedThroughOneInstanceRunsOnceAndPublishesItsBundlesOnce() throws Exception {
        String shop = "replicated-bundles";
        new RestCalls(second.httpPort()).createShop(shop);
        DemoExports.importInto(throughSecond, shop, DemoExports.write(Files.createDirectories(temp.resolve(shop))));

        RemoteJob started = accepted(throughFirst.startBundleGeneration(new GenerationStart(shop, List.of(), List.of(), false,
                OptionalDouble.empty(), OptionalDouble.empty())));
        RemoteJob ended = accepted(throughSecond.follow(started, e -> { }));

        assertEquals(RemoteJob.SUCCEEDED, ended.state(), ended.toString());
        assertEquals(1, ended.attempts(), "claimed once: " + ended);
        long inWaves = ended.generationReport().orElseThrow().published();
        long quickStart = ended.generationReport().orElseThrow().quickStartBundles();
        assertTrue(inWaves > 0, ended.toString());
        try (Connection database = Databases.connect(first)) {
            assertEquals(1, Long.parseLong(Databases.single(database, "SELECT count(*) FROM job_events WHERE shop_id = ? AND"
                    + " job_id = ?::uuid AND phase = 'starting'", shop, ended.id())), "one worker started it");
            // a quick-start bundle the waves publish again is the same row, rewritten
            long rows = Long.parseLong(Databases.single(database, "SELECT count(*) FROM bundle_recommendations"
                    + " WHERE shop_id = ? AND job_id = ?::uuid", shop, ended.id()));
            assertTrue(rows >= inWaves && rows <= inWaves + quickStart, rows + " rows for " + inWaves + " bundles in waves and "
                    + quickStart + " at the quick start");
        }
    }

    /** The instance the i-th job starts through; i + 1 is then the other one. */
    private static CartwiseRestClient startingThrough(int i) {
        return i % 2 == 0 ? throughFirst : throughSecond;
    }

    private static CartwiseRestClient client(CartwiseServer server) {
        return new CartwiseRestClient(URI.create("http://localhost:" + server.httpPort()), Duration.ofSeconds(5), Duration.ofSeconds(30), TestServers.OPERATOR_KEY);
    }

    private static RemoteJob accepted(Answer<RemoteJob> answer) {
        return switch (answer) {
            case Answer.Accepted<RemoteJob> a -> a.value();
            case Answer.Refused<RemoteJob> r -> throw new AssertionError("refused: " + r.problem());
        };
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private record Followed(RemoteJob ended, List<JobProgressEvent> events) {
    }
}
