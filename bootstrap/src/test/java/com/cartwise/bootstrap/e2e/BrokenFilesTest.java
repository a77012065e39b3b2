package com.cartwise.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.server.CartwiseServer;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files broken in every way a merchant's files break, each uploaded over HTTP to a running
 * Cartwise on PostgreSQL: each is refused with its precise problem (file, line, column, what is
 * wrong) and leaves the shop exactly as it was.
 */
class BrokenFilesTest {
    private static final String ORDERS = "Name,Created at,Currency,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku";
    private static final String ORDER = "#1001,2025-01-02 10:00:00 +0100,EUR,1,Ski Wax,12.50,WAX";
    private static final String PRODUCTS = "Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Price";

    @TempDir
    static Path folder;

    private static CartwiseServer server;
    private static JsonMapper json;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = TestServers.embedded(folder.resolve("postgres"));
        json = server.context().getBean(JsonMapper.class);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /**
     * @param line 0 when the problem is the file as a whole
     * @param column 0 when the problem is a row or the file, not one cell
     */
    record Broken(String kind, String fileName, byte[] content, long line, int column, String says) {
        @Override
        public String toString() {
            return kind;
        }
    }

    static Stream<Broken> brokenFiles() {
        return Stream.of(
                new Broken("truncated inside a quote", "orders.csv",
                        text(ORDERS, ORDER, "#1002,2025-01-02 11:00:00 +0100,EUR,1,\"Gift box with a ca"),
                        3, 0, "opens a quoted field that is never closed"),
                new Broken("Latin-1 bytes", "orders.csv",
                        bytes(ORDERS + "\n#1001,2025-01-02 10:00:00 +0100,EUR,1,Cr", new byte[] {(byte) 0xE8},
                                "me solaire,12.50,SUN\n"),
                        2, 5, "not UTF-8 text"),
                new Broken("missing required column", "orders.csv",
                        text("Name,Created at,Lineitem quantity,Lineitem name", "#1001,2025-01-02 10:00:00 +0100,1,Ski Wax"),
                        1, 0, "missing column Lineitem sku"),
                new Broken("duplicate header", "orders.csv",
                        text(ORDERS + ",Lineitem quantity", ORDER + ",2"), 1, 8, "appears twice"),
                new Broken("a 10 MB field", "orders.csv",
                        text(ORDERS, "#1001,2025-01-02 10:00:00 +0100,EUR,1,\"" + "x".repeat(10 * 1024 * 1024) + "\",12.50,WAX"),
                        2, 5, "holds 10485760 characters"),
                new Broken("binary garbage", "orders.csv", garbage(), 1, 0, "is not a text file"),
                new Broken("31 February", "orders.csv",
                        text(ORDERS, "#1001,31/02/2025 10:00,EUR,1,Ski Wax,12.50,WAX"), 2, 2, "day 31 does not exist in month 2"),
                new Broken("a negative quantity", "orders.csv",
                        text(ORDERS, "#1001,2025-01-02 10:00:00 +0100,EUR,-1,Ski Wax,12.50,WAX"), 2, 4, "is negative"),
                new Broken("a decimal comma", "orders.csv",
                        text(ORDERS, "#1001,2025-01-02 10:00:00 +0100,EUR,1,Ski Wax,\"12,50\",WAX"), 2, 6,
                        "write the decimal point as '.'"),
                new Broken("an order split across the file", "orders.csv",
                        text(ORDERS, ORDER, "#1002,2025-01-02 11:00:00 +0100,EUR,1,Goggles,60.00,GOG",
                                "#1001,2025-01-02 10:00:00 +0100,EUR,1,Ski Poles,40.00,POLE"),
                        4, 1, "order #1001 appears again here, but its lines began on line 2"),
                new Broken("a byte order mark, then a bad date", "orders.csv",
                        bytes("\uFEFF" + ORDERS + "\n" + ORDER + "\n#1002,yesterday,EUR,1,Ski Wax,12.50,WAX\n"),
                        3, 2, "'yesterday' is not a date"),
                new Broken("CRLF line ends, then a bad quantity", "orders.csv",
                        bytes(ORDERS + "\r\n" + ORDER + "\r\n#1002,2025-01-02 11:00:00 +0100,EUR,1,Ski Wax,12.50,WAX\r\n"
                                + "#1003,2025-01-02 12:00:00 +0100,EUR,two,Ski Wax,12.50,WAX\r\n"),
                        4, 4, "'two' is not a whole number"),
                new Broken("an empty file", "orders.csv", new byte[0], 1, 0, "the file is empty"),
                new Broken("a header only", "orders.csv", text(ORDERS), 2, 0, "no row after it"),
                new Broken("50,000 columns", "orders.csv",
                        text(String.join(",", Stream.iterate(0, i -> i + 1).limit(50_000).map(i -> "c" + i).toList()), "x"),
                        1, 0, "has more fields than Cartwise reads"),
                new Broken("a missing comma", "products.csv",
                        text(PRODUCTS, "ski-wax,Ski Wax,Title,Default Title,WAX 12.50"), 2, 0, "has 5 fields, but the header has 6"),
                new Broken("a zero quantity", "orders.csv",
                        text(ORDERS, "#1001,2025-01-02 10:00:00 +0100,EUR,0,Ski Wax,12.50,WAX"), 2, 4, "must not be 0"),
                new Broken("an unknown currency", "orders.csv",
                        text(ORDERS, "#1001,2025-01-02 10:00:00 +0100,EURO,1,Ski Wax,12.50,WAX"), 2, 3, "not an ISO 4217"),
                new Broken("text after a closing quote", "products.csv",
                        text(PRODUCTS, "ski-wax,\"Ski\" Wax,Title,Default Title,WAX,12.50"), 2, 0, "is not valid CSV"),
                new Broken("no format Cartwise knows", "notes.csv", text("Colour,Mood", "blue,calm"), 1, 0,
                        "is no file Cartwise knows"),
                new Broken("a product row before its product's first row", "products.csv",
                        text(PRODUCTS, "ski-wax,,Title,Default Title,WAX,12.50"), 2, 2, "is empty on the first row of product"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void isRefusedWithItsPreciseProblemAndChangesNothing(Broken broken) throws Exception {
        String shop = "broken-" + UUID.randomUUID().toString().substring(0, 8);
        send(HttpRequest.newBuilder(uri("/api/v1/shops")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"shop_id\":\"" + shop + "\",\"name\":\"Broken\",\"currency\":\"EUR\"}")));

        HttpResponse<String> refused = upload(shop, broken.fileName(), broken.content());

        assertEquals(400, refused.statusCode(), refused.body());
        JsonNode problem = json.readValue(refused.body(), JsonNode.class);
        assertEquals("urn:cartwise:problem:rejected-file", problem.get("type").getStringValue());
        assertEquals(broken.fileName(), problem.get("file").getStringValue(), refused.body());
        assertEquals(List.of(broken.line(), (long) broken.column()), List.of(problem.get("line").getLongValue(),
                problem.get("column").getLongValue()), refused.body());
        assertTrue(problem.get("detail").getStringValue().contains(broken.says()), refused.body());
        assertEquals(0, rows(shop, "orders") + rows(shop, "products") + rows(shop, "variants"));
    }

    private HttpResponse<String> upload(String shop, String fileName, byte[] content) throws IOException, InterruptedException {
        String boundary = "cartwise-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(uri("/api/v1/shops/" + shop + "/imports?wait=true"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail))));
    }

    private long rows(String shop, String table) throws Exception {
        HttpResponse<String> jobs = send(HttpRequest.newBuilder(uri("/api/v1/shops/" + shop + "/jobs")).GET());
        assertEquals(200, jobs.statusCode());
        try (var connection = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(
                server.context().getBean(javax.sql.DataSource.class)).getConnection();
             var query = connection.prepareStatement("SELECT count(*) FROM " + table + " WHERE shop_id = ?")) {
            query.setString(1, shop);
            try (var row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.header("Authorization", TestServers.OPERATOR_BEARER).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + server.httpPort() + path);
    }

    private static byte[] text(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String before, byte[] middle, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] c = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(middle, 0, all, a.length, middle.length);
        System.arraycopy(c, 0, all, a.length + middle.length, c.length);
        return all;
    }

    /** What a zip or an image looks like to a CSV reader: bytes of every value. */
    private static byte[] garbage() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        return noise;
    }
}
