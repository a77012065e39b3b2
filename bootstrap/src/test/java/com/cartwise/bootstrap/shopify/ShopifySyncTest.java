package com.cartwise.bootstrap.shopify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.fakeshopify.CsvExports;
import com.cartwise.fakeshopify.FakeShop;
import com.cartwise.fakeshopify.GeneratedShop;
import io.micronaut.json.tree.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A whole Cartwise syncing shops from a fake Shopify over real HTTP: a historical sync of a shop of
 * 10,000 orders through bulk operations, an incremental sync of what changed, a shop first imported
 * from its CSV exports and then synced (the same variants, no order twice), a sync that survives
 * throttling, 429s and 5xx. Nothing it logged or answered holds a token.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShopifySyncTest extends ShopifyWorldTest {
    private static final List<String> TOKENS = new ArrayList<>();
    private static final List<String> ANSWERS = new ArrayList<>();

    private static String token() {
        String token = "shpat_" + UUID.randomUUID().toString().replace("-", "");
        TOKENS.add(token);
        return token;
    }

    private static JsonNode connect(ShopifyWorld.Connected c) {
        HttpResponse<String> answer = world.post("/api/v1/shops/" + c.shop() + "/shopify/connection",
                Map.of("shop_domain", c.shopify().domain, "access_token", c.token()));
        ANSWERS.add(answer.body());
        assertEquals(201, answer.statusCode(), answer.body());
        JsonNode connected = world.json(answer);
        JsonNode job = world.awaitJob(c.shop(), connected.get("sync_job").get("job_id").getStringValue());
        ANSWERS.add(world.text(job));
        assertEquals("succeeded", job.get("state").getStringValue(), world.text(job));
        return connected;
    }

    @Test
    @Order(1)
    void connectingRunsAHistoricalSyncOfTenThousandOrdersThroughBulkOperations() {
        FakeShop store = GeneratedShop.generate("ten-thousand.myshopify.com", 300, 10_000, 9);
        ShopifyWorld.Connected c = world.newShop(store, token());
        String shop = c.shop();

        JsonNode connected = connect(c);

        assertEquals("connected", connected.get("connection").get("state").getStringValue());
        assertEquals(8, connected.get("webhooks_subscribed").size());
        long variants = store.products.stream().mapToLong(p -> p.variants.size()).sum();
        assertEquals(10_000, world.sql1("SELECT count(*) FROM orders WHERE shop_id = ?", shop));
        assertEquals(10_000, world.sql1("SELECT count(*) FROM orders WHERE shop_id = ? AND shopify_order_id IS NOT NULL", shop));
        assertEquals(store.orders.stream().mapToLong(o -> o.lines.size()).sum(),
                world.sql1("SELECT count(*) FROM order_lines WHERE shop_id = ?", shop));
        assertEquals(300, world.sql1("SELECT count(*) FROM products WHERE shop_id = ? AND shopify_product_id IS NOT NULL", shop));
        assertEquals(variants, world.sql1("SELECT count(*) FROM variants WHERE shop_id = ? AND shopify_variant_id IS NOT NULL", shop));
        assertEquals(store.orders.stream().filter(o -> o.cancelledAt != null).count(),
                world.sql1("SELECT count(*) FROM orders WHERE shop_id = ? AND cancelled_at IS NOT NULL", shop));
        assertEquals(store.orders.stream().mapToLong(o -> o.lines.stream().filter(l -> l.currentQuantity == 0
                        || o.financialStatus.equals("REFUNDED")).count()).sum(),
                world.sql1("SELECT count(*) FROM order_lines WHERE shop_id = ? AND refunded", shop));
        assertEquals(variants * store.locations.size(), world.sql1("SELECT count(*) FROM inventory_levels WHERE shop_id = ?", shop));
        FakeShop.Variant sample = store.products.get(17).variants.getFirst();
        assertEquals(store.quantity(sample), world.sql1("SELECT inventory_quantity FROM variants WHERE shop_id = ? AND shopify_variant_id = ?",
                shop, sample.id));
        // Lines of a deleted variant (no variant id) still resolve by SKU: none is left unmatched.
        assertEquals(0, world.sql1("SELECT count(*) FROM order_lines WHERE shop_id = ? AND variant_id IS NULL", shop));
        assertTrue(world.fake.operations().containsAll(List.of("RunBulkQuery", "BulkOperationStatus", "SyncTotals", "SubscribeWebhook")));

        JsonNode status = world.json(world.get("/api/v1/shops/" + shop + "/shopify/connection"));
        assertEquals("succeeded", status.get("last_sync").get("state").getStringValue());
        assertEquals("historical", status.get("last_sync").get("mode").getStringValue());
        assertEquals(10_000, status.get("holdings").get("orders").getLongValue());
        assertFalse(status.get("sync_cursor").isNull());
        assertEquals(201, world.post("/api/v1/shops/" + shop + "/models?wait=true", Map.of()).statusCode(),
                "the synced orders train a model");
    }

    @Test
    @Order(2)
    void anIncrementalSyncReadsOnlyWhatChangedSinceTheLastOne() {
        FakeShop store = GeneratedShop.generate("incremental.myshopify.com", 40, 300, 11);
        ShopifyWorld.Connected c = world.newShop(store, token());
        connect(c);
        Instant later = Instant.now().plusSeconds(1);
        FakeShop.Product renamed = store.products.get(3);
        renamed.title = "Renamed Alpine Jacket";
        renamed.updatedAt = later;
        FakeShop.Order cancelled = store.orders.get(100);
        cancelled.cancelledAt = later;
        cancelled.updatedAt = later;
        store.newOrderLike(store.orders.get(5), "#9001", later);
        int operationsBefore = world.fake.operations().size();

        HttpResponse<String> started = world.post("/api/v1/shops/" + c.shop() + "/shopify/syncs", Map.of("mode", "incremental"));
        assertEquals(202, started.statusCode(), started.body());
        JsonNode job = world.awaitJob(c.shop(), world.json(started).get("job_id").getStringValue());

        assertEquals("succeeded", job.get("state").getStringValue(), world.text(job));
        List<String> asked = world.fake.operations().subList(operationsBefore, world.fake.operations().size());
        assertTrue(asked.contains("OrdersUpdatedSince") && asked.contains("ProductsUpdatedSince"), asked.toString());
        assertFalse(asked.contains("RunBulkQuery"), "an incremental sync pages, it runs no bulk operation");
        assertEquals(301, world.sql1("SELECT count(*) FROM orders WHERE shop_id = ?", c.shop()));
        assertEquals(1, world.sql1("SELECT count(*) FROM orders WHERE shop_id = ? AND name = '#9001'", c.shop()));
        assertEquals(1, world.sql1("SELECT count(*) FROM orders WHERE shop_id = ? AND name = ? AND cancelled_at IS NOT NULL",
                c.shop(), cancelled.name));
        assertEquals(1, world.sql1("SELECT count(*) FROM products WHERE shop_id = ? AND title = 'Renamed Alpine Jacket'", c.shop()));
        assertEquals(2, job.get("report").get("files").size(), "products and orders; stock comes with historical syncs");
        assertEquals(2, job.get("report").get("files").get(1).get("counts").get("orders_added").getLongValue()
                + job.get("report").get("files").get(1).get("counts").get("orders_replaced").getLongValue());
    }

    @Test
    @Order(3)
    void aShopImportedFromItsExportsAndThenSyncedKeepsItsVariantsAndHasNoOrderTwice() {
        FakeShop store = GeneratedShop.generate("exported-first.myshopify.com", 40, 500, 13);
        ShopifyWorld.Connected c = world.newShop(store, token());
        String shop = c.shop();
        for (String[] file : List.of(new String[] {"products_export.csv", CsvExports.products(store)},
                new String[] {"orders_export.csv", CsvExports.orders(store)})) {
            HttpResponse<String> imported = world.upload("/api/v1/shops/" + shop + "/imports?wait=true", file[0], file[1]);
            assertEquals(201, imported.statusCode(), imported.body());
        }
        Map<String, String> before = variantIds(shop);
        assertEquals(store.products.stream().mapToLong(p -> p.variants.size()).sum(), before.size());
        assertEquals(0, world.sql1("SELECT count(*) FROM variants WHERE shop_id = ? AND shopify_variant_id IS NOT NULL", shop));

        connect(c);

        assertEquals(before, variantIds(shop), "every variant keeps its Cartwise id");
        assertEquals(before.size(), world.sql1("SELECT count(*) FROM variants WHERE shop_id = ? AND shopify_variant_id IS NOT NULL", shop));
        assertEquals(500, world.sql1("SELECT count(*) FROM orders WHERE shop_id = ?", shop));
        assertEquals(500, world.sql1("SELECT count(*) FROM orders WHERE shop_id = ? AND shopify_order_id IS NOT NULL", shop));
        assertEquals(store.orders.stream().mapToLong(o -> o.lines.size()).sum(), world.sql1("SELECT count(*) FROM order_lines WHERE shop_id = ?", shop));
    }

    private static Map<String, String> variantIds(String shop) {
        return world.rows("SELECT handle || ' ' || array_to_string(option_values, '/'), id FROM variants WHERE shop_id = ?", shop)
                .stream().collect(Collectors.toMap(r -> r.get(0), r -> r.get(1)));
    }

    @Test
    @Order(4)
    void aSyncThrottledByCostAnsweredWith429sAnd5xxStillEndsWhole() {
        FakeShop store = GeneratedShop.generate("throttled.myshopify.com", 30, 200, 17);
        ShopifyWorld.Connected c = world.newShop(store, token());
        connect(c);
        store.orders.forEach(o -> o.updatedAt = Instant.now().plusSeconds(1));
        // A bucket that holds one page of orders at a time, refilled in about half a second.
        world.fake.throttle(1000, 1500);
        world.fake.retryAfter("0.3");
        world.fake.failNext(429, 3);
        world.fake.failNext(503, 2);
        int before = world.fake.operations().size();

        HttpResponse<String> started = world.post("/api/v1/shops/" + c.shop() + "/shopify/syncs", Map.of("mode", "incremental"));
        JsonNode job = world.awaitJob(c.shop(), world.json(started).get("job_id").getStringValue());
        world.fake.throttle(1000, 100_000);

        assertEquals("succeeded", job.get("state").getStringValue(), world.text(job));
        List<String> asked = world.fake.operations().subList(before, world.fake.operations().size());
        assertEquals(3, asked.stream().filter("429"::equals).count());
        assertEquals(2, asked.stream().filter("503"::equals).count());
        assertTrue(asked.stream().anyMatch(o -> o.endsWith(":THROTTLED")) || asked.stream().filter("OrdersUpdatedSince"::equals).count() > 1,
                asked.toString());
        assertEquals(200, world.sql1("SELECT count(*) FROM orders WHERE shop_id = ?", c.shop()));
    }

    @Test
    @Order(99)
    void noTokenWasEverLoggedAnsweredOrStoredInClear() {
        String logs = output.text();
        assertTrue(logs.contains("INFO") || logs.contains("DEBUG"), "the capture saw the log");
        for (String token : TOKENS) {
            assertFalse(logs.contains(token), "a token was logged");
            ANSWERS.forEach(answer -> assertFalse(answer.contains(token), "a token was answered"));
        }
        assertEquals(0, world.sql1("SELECT count(*) FROM shopify_connections WHERE position(convert_to(?, 'UTF8') in access_token) > 0",
                TOKENS.getFirst()));
        assertEquals(0, world.sql1("SELECT count(*) FROM jobs WHERE request::text LIKE '%shpat_%' OR coalesce(report::text, '') LIKE '%shpat_%'"));
    }
}
