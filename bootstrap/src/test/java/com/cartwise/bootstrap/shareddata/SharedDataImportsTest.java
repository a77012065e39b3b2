package com.cartwise.bootstrap.shareddata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.application.testing.SharedData;
import com.cartwise.application.testing.SharedDataTest;
import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.server.CartwiseServer;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every data file in ../shared/data imported through the running application as a merchant would
 * upload it (detected by its header, strict), with the counts an independent count of the file
 * gives (a short Python script over the CSV, noted beside each number); then the same upload
 * again, which changes nothing. Skipped, saying so, where ../shared/data is absent.
 */
@SharedDataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedDataImportsTest {
    @TempDir
    static Path folder;

    private CartwiseServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private JsonMapper json;

    @BeforeAll
    void start() {
        server = TestServers.embedded(folder.resolve("postgres"));
        json = server.context().getBean(JsonMapper.class);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void theBreadBasketsTransactionsWithItsNoneRowsCountedAndSellingNothing() throws Exception {
        // 21,293 rows; 786 name the item NONE; 9,531 transactions, 66 of them only NONE: 9,465 orders, 20,507 lines, 94 items.
        JsonNode file = importTwice("bread-basket", "bread-basket/BreadBasket_DMS.csv").getFirst();

        assertEquals("transactions", file.get("type").getStringValue());
        assertCounts(file, Map.of("orders_added", 9_465L, "lines", 20_507L, "items_added", 94L, "cancelled_orders", 0L,
                "returned_lines", 0L));
        assertEquals(21_293, file.get("rows").getLongValue());
    }

    @Test
    void theGroceriesBasketsWhoseItemNamesHoldSpaces() throws Exception {
        // 9,835 lines, 43,367 comma-separated items, 169 distinct.
        JsonNode file = importTwice("groceries", "groceries/groceries.csv").getFirst();

        assertEquals("baskets", file.get("type").getStringValue());
        assertCounts(file, Map.of("orders_added", 9_835L, "lines", 43_367L, "items_added", 169L, "items_without_price", 169L));
    }

    @Test
    void theFimiRetailBaskets() throws Exception {
        // 88,162 lines, 908,576 space-separated item ids (none repeated within a line), 16,470 distinct.
        JsonNode file = importTwice("fimi-retail", "fimi-retail/retail.dat").getFirst();

        assertEquals("baskets", file.get("type").getStringValue());
        assertCounts(file, Map.of("orders_added", 88_162L, "lines", 908_576L, "items_added", 16_470L));
    }

    @Test
    void theUciOnlineRetailInvoicesWithTheirCancellationsAndReturnsFlagged() throws Exception {
        // 105,335 rows; 4,894 invoices (542806 is interrupted by another and joined up); 805 start with C;
        // 2,118 rows have a negative quantity; 3,159 stock codes.
        JsonNode file = importTwice("uci-online-retail", "uci-online-retail/online_retail_2010-12_2011-02.csv").getFirst();

        assertEquals("transactions", file.get("type").getStringValue());
        // 57 stock codes appear only on lines at 0.00, without a description or as "damages", "thrown away": no price given
        assertCounts(file, Map.of("orders_added", 4_894L, "lines", 105_335L, "cancelled_orders", 805L, "returned_lines", 2_118L,
                "items_added", 3_159L, "items_without_price", 57L));
    }

    @Test
    void theBakerysShopifyExports() throws Exception {
        // 94 products of one variant; 9,465 orders, 18,887 lines, every SKU in the catalogue.
        List<JsonNode> files = importTwice("shopify-bakery", "shopify-bakery/products_export.csv", "shopify-bakery/orders_export.csv");

        assertCounts(files.get(0), Map.of("products_added", 94L, "variants_added", 94L, "image_rows", 0L));
        assertCounts(files.get(1), Map.of("orders_added", 9_465L, "lines", 18_887L, "unmatched_lines", 0L));
    }

    @Test
    void theRiekerShoeShopsExportsWithDayFirstDates() throws Exception {
        // 10,596 product rows: 5,295 variants, 5,301 image rows, 1,165 products. 3,912 order lines in 3,087
        // orders, 10 cancelled, 538 lines of refunded orders; 1,139 lines match no variant of the export.
        List<JsonNode> files = importTwice("rieker", "shopify-store-rieker/products_export.csv",
                "shopify-store-rieker/orders_export.csv");

        assertCounts(files.get(0), Map.of("products_added", 1_165L, "variants_added", 5_295L, "image_rows", 5_301L));
        assertCounts(files.get(1), Map.of("orders_added", 3_087L, "lines", 3_912L, "cancelled_orders", 10L,
                "refunded_lines", 538L, "unmatched_lines", 1_139L));
        assertEquals("day_first", files.get(1).get("date_format").getStringValue());
    }

    @Test
    void shopifysSampleExports() throws Exception {
        // The developer store's 79-column orders export: 121 lines, 51 orders. The sample catalogues:
        // 22, 21 and 23 variants of 20 products each; jewelery.csv has 18 image rows.
        List<JsonNode> files = importTwice("samples", "shopify-samples/orders_export_devstore.csv",
                "shopify-samples/products/apparel.csv", "shopify-samples/products/home-and-garden.csv",
                "shopify-samples/products/jewelery.csv");

        assertCounts(files.get(0), Map.of("orders_added", 51L, "lines", 121L));
        assertCounts(files.get(1), Map.of("products_added", 20L, "variants_added", 22L));
        assertCounts(files.get(2), Map.of("products_added", 20L, "variants_added", 21L));
        assertCounts(files.get(3), Map.of("products_added", 20L, "variants_added", 23L, "image_rows", 18L));
    }

    /**
     * Imports the files into a new shop, then again: the second import must replace every order
     * and update every variant, and leave the shop's tables exactly as the first left them.
     */
    private List<JsonNode> importTwice(String name, String... files) throws Exception {
        String shop = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        post("/api/v1/shops", "{\"shop_id\":\"" + shop + "\",\"name\":\"" + name + "\",\"currency\":\"EUR\"}");
        JsonNode first = upload(shop, files);
        Map<String, Object> before = fingerprint(shop);
        JsonNode second = upload(shop, files);

        assertEquals(before, fingerprint(shop), "the same upload again changed the shop's data");
        List<JsonNode> firstFiles = files(first);
        List<JsonNode> secondFiles = files(second);
        for (int i = 0; i < firstFiles.size(); i++) {
            JsonNode counts = firstFiles.get(i).get("counts");
            JsonNode again = secondFiles.get(i).get("counts");
            if (counts.get("orders_added") != null) {
                assertEquals(counts.get("orders_added").getLongValue(), again.get("orders_unchanged").getLongValue());
                assertEquals(0, again.get("orders_added").getLongValue());
                assertEquals(0, again.get("orders_replaced").getLongValue());
            }
            if (counts.get("variants_added") != null) {
                assertEquals(0, again.get("variants_added").getLongValue());
            }
            assertEquals(0, firstFiles.get(i).get("refused").getLongValue());
        }
        return firstFiles;
    }

    private static List<JsonNode> files(JsonNode job) {
        List<JsonNode> files = new ArrayList<>();
        job.get("report").get("files").values().forEach(files::add);
        return files;
    }

    private static void assertCounts(JsonNode file, Map<String, Long> expected) {
        Map<String, Long> actual = new LinkedHashMap<>();
        expected.keySet().forEach(name -> actual.put(name, file.get("counts").get(name).getLongValue()));
        assertEquals(new LinkedHashMap<>(expected), new LinkedHashMap<>(actual), file.toString());
    }

    private JsonNode upload(String shop, String... files) throws IOException, InterruptedException {
        String boundary = "cartwise-" + UUID.randomUUID();
        List<byte[]> parts = new ArrayList<>();
        for (String file : files) {
            Path path = SharedData.file(file);
            parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + path.getFileName()
                    + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes());
            parts.add(Files.readAllBytes(path));
            parts.add("\r\n".getBytes());
        }
        parts.add(("--" + boundary + "--\r\n").getBytes());
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/shops/" + shop + "/imports?wait=true"))
                .header("Authorization", TestServers.OPERATOR_BEARER).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(parts)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
        return json.readValue(response.body(), JsonNode.class);
    }

    private void post(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", TestServers.OPERATOR_BEARER)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + server.httpPort() + path);
    }

    /** What the shop's tables hold, summed so that any changed row would show. */
    private Map<String, Object> fingerprint(String shop) throws SQLException {
        Map<String, Object> sums = new LinkedHashMap<>();
        try (Connection connection = DelegatingDataSource.unwrapDataSource(server.context().getBean(DataSource.class)).getConnection()) {
            sums.put("orders", one(connection, "SELECT count(*) || ':' || coalesce(sum(id), 0) || ':' || coalesce(sum(hashtext(name"
                    + " || created_at::text || coalesce(cancelled_at::text, ''))), 0) FROM orders WHERE shop_id = ?", shop));
            sums.put("lines", one(connection, "SELECT count(*) || ':' || coalesce(sum(hashtext(order_id || ':' || line_number || ':'"
                    + " || coalesce(variant_id, 0) || ':' || quantity || ':' || refunded)), 0) FROM order_lines WHERE shop_id = ?", shop));
            sums.put("variants", one(connection, "SELECT count(*) || ':' || coalesce(sum(id), 0) || ':' || coalesce(sum(hashtext(sku"
                    + " || line_name || price::text || inventory_quantity)), 0) FROM variants WHERE shop_id = ?", shop));
            sums.put("products", one(connection, "SELECT count(*) || ':' || coalesce(sum(hashtext(handle || title || status)), 0)"
                    + " FROM products WHERE shop_id = ?", shop));
        }
        return sums;
    }

    private static String one(Connection connection, String sql, String shop) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, shop);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
