package com.cartwise.bootstrap.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.server.CartwiseServer;
import com.cartwise.proto.v1.CartItem;
import com.cartwise.proto.v1.RecommendForCartRequest;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The correlation id over real sockets: echoed, replaced when unsafe, created when absent, and in the request's log lines. */
class RequestIdTest {
    private static final String HEADER = "X-Request-Id";
    private static final Metadata.Key<String> GRPC_KEY = Metadata.Key.of("x-request-id", Metadata.ASCII_STRING_MARSHALLER);

    @TempDir
    static Path temp;
    private static CartwiseServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = TestServers.embedded(temp.resolve("db"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aSuppliedIdIsEchoedAndLabelsTheLogLinesOfTheRequestEvenOnTheBlockingPool() throws Exception {
        post("/api/v1/shops", "{\"shop_id\":\"traced\",\"name\":\"Traced\",\"currency\":\"EUR\"}", "setup-1");
        try (CapturedLogs logs = new CapturedLogs()) {
            HttpResponse<String> started = post("/api/v1/shops/traced/models", "{}", "ticket-4711");

            assertEquals(202, started.statusCode(), started.body());
            assertEquals("ticket-4711", started.headers().firstValue(HEADER).orElseThrow());
            ILoggingEvent queued = logs.lines().stream().filter(e -> e.getFormattedMessage().startsWith("queued job")).findFirst()
                    .orElseThrow(() -> new AssertionError("no job was logged: " + logs.lines()));
            assertEquals("ticket-4711", queued.getMDCPropertyMap().get("request_id"), queued.getThreadName());
            assertTrue(queued.getThreadName().startsWith("virtual-executor"), "the controller ran on the blocking pool: "
                    + queued.getThreadName());
        }
    }

    @Test
    void theIdDoesNotLeakIntoLaterWorkOfTheSameThreads() throws Exception {
        post("/api/v1/shops", "{\"shop_id\":\"first\",\"name\":\"First\",\"currency\":\"EUR\"}", "first-shop");
        try (CapturedLogs logs = new CapturedLogs()) {
            HttpResponse<String> started = post("/api/v1/shops/first/models", "{}", null);
            String created = started.headers().firstValue(HEADER).orElseThrow();
            List<String> ids = logs.lines().stream().filter(e -> e.getFormattedMessage().startsWith("queued job"))
                    .map(e -> e.getMDCPropertyMap().get("request_id")).toList();
            assertEquals(List.of(created), ids);
        }
    }

    @Test
    void anUnsafeIdIsReplacedWithACreatedOne() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/v1/shops/none/jobs")).header(HEADER, "a b \"quoted\"").GET().build());

        String returned = answer.headers().firstValue(HEADER).orElseThrow();
        assertNotEquals("a b \"quoted\"", returned);
        assertTrue(returned.matches("[0-9a-f-]{36}"), returned);
    }

    @Test
    void anOverlongIdIsReplacedAndAMissingOneCreatedOnErrorsToo() throws Exception {
        HttpResponse<String> overlong = send(HttpRequest.newBuilder(uri("/no/such/route")).header(HEADER, "x".repeat(129)).GET().build());
        HttpResponse<String> missing = send(HttpRequest.newBuilder(uri("/no/such/route")).GET().build());

        assertEquals(404, overlong.statusCode());
        assertEquals(36, overlong.headers().firstValue(HEADER).orElseThrow().length());
        assertEquals(36, missing.headers().firstValue(HEADER).orElseThrow().length());
        assertNotEquals(overlong.headers().firstValue(HEADER), missing.headers().firstValue(HEADER));
    }

    @Test
    void grpcEchoesASuppliedIdAndReplacesAnUnsafeOne() throws Exception {
        ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", server.grpcPort()).usePlaintext()
                .intercept(TestServers.operatorKey()).build();
        try {
            assertEquals("till-7-call-12", grpcId(channel, "till-7-call-12"));
            String replaced = grpcId(channel, "no spaces allowed");
            assertTrue(replaced.matches("[0-9a-f-]{36}"), replaced);
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** The id the server answered a call (to an unknown shop, NOT_FOUND: the id comes back in the trailers). */
    private static String grpcId(ManagedChannel channel, String sent) {
        Metadata outgoing = new Metadata();
        outgoing.put(GRPC_KEY, sent);
        AtomicReference<Metadata> headers = new AtomicReference<>();
        AtomicReference<Metadata> trailers = new AtomicReference<>();
        RecommendationServiceGrpc.RecommendationServiceBlockingStub stub = RecommendationServiceGrpc.newBlockingStub(channel)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(outgoing),
                        MetadataUtils.newCaptureMetadataInterceptor(headers, trailers));
        try {
            stub.recommendForCart(RecommendForCartRequest.newBuilder().setShopId("no-such-shop")
                    .addItems(CartItem.newBuilder().setSku("A")).setLimit(1).build());
        } catch (StatusRuntimeException expected) {
            // NOT_FOUND: the id is still returned
        }
        String fromHeaders = headers.get() == null ? null : headers.get().get(GRPC_KEY);
        return fromHeaders != null ? fromHeaders : trailers.get().get(GRPC_KEY);
    }

    private static HttpResponse<String> post(String path, String json, String requestId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (requestId != null) {
            request.header(HEADER, requestId);
        }
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(request, (name, value) -> true)
                .header("Authorization", TestServers.OPERATOR_BEARER).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + server.httpPort() + path);
    }
}
