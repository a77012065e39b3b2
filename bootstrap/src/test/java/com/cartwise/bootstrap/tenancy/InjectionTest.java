package com.cartwise.bootstrap.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.ThreeVariantShop;
import com.cartwise.bootstrap.server.CartwiseServer;
import com.cartwise.domain.shop.ShopId;
import com.google.protobuf.Message;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.stub.MetadataUtils;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQL only through bound parameters, checked from outside: every text input of every route the
 * router knows (path variables, query parameters, JSON body members, uploaded file names and cells,
 * headers) and every string field of every RPC's request carries classic injection texts. Each
 * answer is a normal one or a problem (never a 5xx, never a word about SQL), and the database is
 * exactly as it was after every call that should not change it (its tables, their row counts, a
 * fingerprint of shops and keys), and keeps all its tables after the others.
 */
class InjectionTest {
    private static final String SHOP = "injection-shop";
    static final List<String> HOSTILE = List.of(
            "' OR '1'='1",
            "'; DROP TABLE shops; --",
            "\u0000",
            "a\u0000b",
            "%' --",
            "$$",
            "E'\\''",
            "\\",
            "\"; DELETE FROM api_keys; --",
            "1; SELECT pg_sleep(3)",
            "Ünïcödé ✓ 中文 😀 \u202E",
            // Long, but with the path still inside the HTTP server's 4 KiB request line: the application sees it.
            "x".repeat(3_000));
    /** What a leaked database error or stack trace looks like. */
    private static final List<String> LEAKS = List.of("sqlexception", "psql", "postgres", "sqlstate", "syntax error", "jdbc",
            "\tat ", "exception:");
    private static final Set<String> JOB_RECORDS = Set.of("jobs", "job_events", "import_refusals");
    private static final Set<Status.Code> SERVER_FAULTS = Set.of(Status.Code.UNKNOWN, Status.Code.INTERNAL, Status.Code.DATA_LOSS,
            Status.Code.UNIMPLEMENTED);

    @TempDir
    static Path dataDirectory;
    private static CartwiseServer server;
    private static DatabaseCanary canary;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.embedded(dataDirectory);
        ThreeVariantShop.seed(server, ShopId.of(SHOP));
        HttpResponse<String> trained = Requests.send(server.httpPort(), TestServers.OPERATOR_KEY, "POST",
                "/api/v1/shops/" + SHOP + "/models?wait=true", "application/json", "{}", Map.of());
        assertEquals(201, trained.statusCode(), trained.body());
        canary = new DatabaseCanary(server);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyTextInputOfEveryRouteIsTakenAsDataNeverAsSql() throws Exception {
        JsonMapper mapper = server.context().getBean(JsonMapper.class);
        Function<Object, String> json = value -> {
            try {
                return mapper.writeValueAsString(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        List<String> wrong = new ArrayList<>();
        int probes = 0;
        // The database as the last call left it, kept when that call could neither change it nor leave work running:
        // most calls are refused or only read, and a snapshot costs as much as the call.
        DatabaseCanary.Snapshot leftQuiet = null;
        for (GuardedRoute route : GuardedRoute.all(server)) {
            for (String hostile : HOSTILE) {
                for (InjectionProbe probe : InjectionProbe.of(route, SHOP, hostile, json)) {
                    DatabaseCanary.Snapshot before = leftQuiet;
                    if (before == null) {
                        awaitNoJobRunning();
                        before = canary.take();
                    }
                    leftQuiet = null;
                    HttpResponse<String> answer;
                    try {
                        answer = Requests.send(server.httpPort(), TestServers.OPERATOR_KEY, probe.method(), probe.path(),
                                probe.contentType(), probe.body(), probe.headers());
                    } catch (IllegalArgumentException refusedByTheClient) {
                        leftQuiet = before; // never sent
                        continue; // a header value no HTTP client sends (a NUL, a non-Latin-1 character)
                    } catch (IOException e) {
                        wrong.add(probe + " with " + shown(hostile) + " -> " + e);
                        continue;
                    }
                    probes++;
                    DatabaseCanary.Snapshot after = canary.take();
                    wrong.addAll(judge(probe, hostile, answer, before, after));
                    if (leavesNothingRunning(probe, answer)) {
                        leftQuiet = after;
                    }
                }
            }
        }
        assertTrue(probes > 500, "the routes' inputs were probed: " + probes);
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyStringFieldOfEveryRpcIsTakenAsDataNeverAsSql() throws InterruptedException {
        List<String> wrong = new ArrayList<>();
        int probes = 0;
        ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", server.grpcPort()).usePlaintext()
                .intercept(TestServers.operatorKey()).build();
        try {
            for (GuardedRpc rpc : GuardedRpc.of(server)) {
                for (String hostile : HOSTILE) {
                    for (Map.Entry<String, Message> request : InjectedMessages.of(rpc.prototype(), SHOP, hostile).entrySet()) {
                        probes++;
                        wrong.addAll(judge(rpc + " [" + request.getKey() + "] with " + shown(hostile), rpc, channel, request.getValue()));
                    }
                    ManagedChannel withRequestId = requestIdChannel(hostile);
                    if (withRequestId != null) {
                        Message.Builder plain = rpc.prototype().toBuilder();
                        var shopId = plain.getDescriptorForType().findFieldByName("shop_id");
                        if (shopId != null) {
                            plain.setField(shopId, SHOP);
                        }
                        wrong.addAll(judge(rpc + " [x-request-id] with " + shown(hostile), rpc, withRequestId, plain.build()));
                        withRequestId.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
                    }
                }
            }
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
        assertTrue(probes > 50, "the RPCs' string fields were probed: " + probes);
        assertEquals(List.of(), wrong);
    }

    private static List<String> judge(InjectionProbe probe, String hostile, HttpResponse<String> answer,
                                      DatabaseCanary.Snapshot before, DatabaseCanary.Snapshot after) {
        List<String> wrong = new ArrayList<>();
        String call = probe + " with " + shown(hostile) + " -> " + answer.statusCode() + " ";
        String body = answer.body();
        String contentType = answer.headers().firstValue("Content-Type").orElse("");
        // 503 is an answer: a part that is not set up (the Shopify app), said as a problem.
        if (answer.statusCode() >= 500 && answer.statusCode() != 503) {
            wrong.add(call + shorter(body));
        } else if (answer.statusCode() >= 400 && !probe.method().equals("HEAD") && !contentType.startsWith("application/problem+json")) {
            wrong.add(call + "as " + contentType + ", not a problem: " + shorter(body));
        }
        // Only problems are read for leaks: a normal answer may hold anything, a new key's random text included.
        if (answer.statusCode() >= 400 && leaks(body)) {
            wrong.add(call + "leaks: " + shorter(body));
        }
        boolean mayChange = answer.statusCode() < 300 && !onlyReads(probe);
        String changes = startsAJob(probe.route()) ? after.changesSince(before, JOB_RECORDS) : after.changesSince(before);
        if (!mayChange && !changes.isEmpty()) {
            wrong.add(call + "and changed the database: " + changes);
        } else if (mayChange && !after.sameTables(before)) {
            wrong.add(call + "and the tables changed: " + changes);
        } else if (mayChange && !writesShopsOrKeys(probe.route()) && !after.fingerprint().equals(before.fingerprint())) {
            wrong.add(call + "and changed shops or keys");
        }
        return wrong;
    }

    private static List<String> judge(String call, GuardedRpc rpc, ManagedChannel channel, Message request) {
        DatabaseCanary.Snapshot before = canary.take();
        Status status = rpc.call(channel, request);
        DatabaseCanary.Snapshot after = canary.take();
        List<String> wrong = new ArrayList<>();
        if (SERVER_FAULTS.contains(status.getCode())) {
            wrong.add(call + " -> " + status);
        }
        if (status.getDescription() != null && leaks(status.getDescription())) {
            wrong.add(call + " leaks: " + status);
        }
        String changes = after.changesSince(before);
        if (!status.isOk() && !changes.isEmpty()) {
            wrong.add(call + " -> " + status + " and changed the database: " + changes);
        } else if (status.isOk() && (!after.sameTables(before) || !after.fingerprint().equals(before.fingerprint()))) {
            wrong.add(call + " -> OK and changed tables, shops or keys: " + changes);
        }
        return wrong;
    }

    /** A GET or HEAD: the calls that may never change the database, whatever their answer. */
    private static boolean onlyReads(InjectionProbe probe) {
        return List.of("GET", "HEAD").contains(probe.method());
    }

    /** A job is recorded, and its end, whatever the answer (an import of a refused file is a failed job). */
    private static boolean startsAJob(GuardedRoute route) {
        return InjectionProbe.queryParameters(route).contains("wait");
    }

    /**
     * Whether nothing the call started can still be writing, so that the snapshot taken after it is the next call's
     * "before": a read or a refusal by a route that starts no job. Were this wrong, a late write would be blamed on the
     * next call: the test would fail, never pass wrongly.
     */
    private static boolean leavesNothingRunning(InjectionProbe probe, HttpResponse<String> answer) {
        return !startsAJob(probe.route()) && (onlyReads(probe) || answer.statusCode() >= 400);
    }

    /** A job started by an earlier call writes as it runs: a call after one that may have started one is judged once the shop is idle. */
    private static void awaitNoJobRunning() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String jobs = Requests.send(server.httpPort(), TestServers.OPERATOR_KEY, "GET", "/api/v1/shops/" + SHOP + "/jobs?limit=5",
                    null, null, Map.of()).body();
            if (!jobs.contains("\"state\":\"queued\"") && !jobs.contains("\"state\":\"running\"")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the shop's jobs did not end within a minute");
    }

    /** Creating shops and issuing or revoking keys are the only calls that may change shops and keys. */
    private static boolean writesShopsOrKeys(GuardedRoute route) {
        return route.template().equals("/api/v1/shops") || route.template().contains("/api-keys");
    }

    private static ManagedChannel requestIdChannel(String hostile) {
        Metadata headers = new Metadata();
        try {
            headers.put(Metadata.Key.of("x-request-id", Metadata.ASCII_STRING_MARSHALLER), hostile);
        } catch (IllegalArgumentException notAsciiMetadata) {
            return null;
        }
        return ManagedChannelBuilder.forAddress("localhost", server.grpcPort()).usePlaintext()
                .intercept(TestServers.operatorKey(), MetadataUtils.newAttachHeadersInterceptor(headers)).build();
    }

    private static boolean leaks(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return LEAKS.stream().anyMatch(lower::contains);
    }

    private static String shown(String hostile) {
        String escaped = hostile.replace("\u0000", "\\u0000");
        return escaped.length() > 40 ? "'" + escaped.substring(0, 10) + "…' (" + hostile.length() + " characters)" : "'" + escaped + "'";
    }

    private static String shorter(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
