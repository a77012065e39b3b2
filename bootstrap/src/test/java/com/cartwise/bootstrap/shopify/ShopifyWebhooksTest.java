package com.cartwise.bootstrap.shopify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.fakeshopify.CsvExports;
import com.cartwise.fakeshopify.FakeShop;
import com.cartwise.fakeshopify.FakeShopify;
import com.cartwise.fakeshopify.GeneratedShop;
import com.cartwise.fakeshopify.JsonText;
import com.cartwise.fakeshopify.RestShapes;
import com.cartwise.fakeshopify.Signing;
import com.cartwise.fakeshopify.WebhookSender;
import io.micronaut.json.tree.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Shopify's webhooks delivered to a whole Cartwise, signed as Shopify signs them: every topic
 * reaches the shop's data through a job (the request only keeps the delivery), a forged, unsigned
 * or stale one is refused and keeps nothing, a retried one is processed once, the privacy
 * webhooks leave no personal data anywhere in the shop's rows, and an uninstall disconnects the shop.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShopifyWebhooksTest extends ShopifyWorldTest {
    private static final List<String> TOKENS = new ArrayList<>();

    /** A shop connected and synced, with its customers imported from their export. */
    private static ShopifyWorld.Connected syncedShop(String name) {
        FakeShop store = GeneratedShop.generate(name + ".myshopify.com", 20, 60, name.hashCode());
        String token = "shpat_" + UUID.randomUUID().toString().replace("-", "");
        TOKENS.add(token);
        ShopifyWorld.Connected c = world.newShop(store, token);
        HttpResponse<String> connected = world.post("/api/v1/shops/" + c.shop() + "/shopify/connection",
                Map.of("shop_domain", store.domain, "access_token", token));
        assertEquals(201, connected.statusCode(), connected.body());
        JsonNode job = world.awaitJob(c.shop(), world.json(connected).get("sync_job").get("job_id").getStringValue());
        assertEquals("succeeded", job.get("state").getStringValue(), world.text(job));
        assertEquals(201, world.upload("/api/v1/shops/" + c.shop() + "/imports?wait=true", "customers_export.csv",
                CsvExports.customers(store)).statusCode());
        return c;
    }

    private static void deliver(WebhookSender webhooks, String topic, Map<String, Object> payload) {
        WebhookSender.Delivery delivery = webhooks.send(topic, payload);
        assertEquals(200, delivery.status(), topic + ": " + delivery.body());
    }

    @Test
    @Order(1)
    void everyDataTopicReachesTheShopsDataThroughAWebhookJob() {
        ShopifyWorld.Connected c = syncedShop("every-topic");
        FakeShop store = c.shopify();
        String shop = c.shop();
        WebhookSender webhooks = world.webhooks(store);

        FakeShop.Order created = newOrder(store, "#5001");
        deliver(webhooks, "orders/create", RestShapes.order(store, created));
        FakeShop.Order updated = store.orders.stream().filter(o -> o.lines.size() > 2).findFirst().orElseThrow();
        updated.lines.removeLast();
        deliver(webhooks, "orders/updated", RestShapes.order(store, updated));
        FakeShop.Order cancelled = store.orders.get(3);
        cancelled.cancelledAt = Instant.now();
        deliver(webhooks, "orders/cancelled", RestShapes.order(store, cancelled));
        FakeShop.Product repriced = store.products.get(2);
        repriced.variants.forEach(v -> v.price = new BigDecimal("77.00"));
        deliver(webhooks, "products/update", RestShapes.product(store, repriced));
        FakeShop.Product added = newProduct(store);
        deliver(webhooks, "products/create", RestShapes.product(store, added));
        FakeShop.Product deleted = store.products.get(4);
        deliver(webhooks, "products/delete", Map.of("id", deleted.id));
        FakeShop.Variant restocked = store.products.get(5).variants.getFirst();
        FakeShop.Location city = store.locations.get(1);
        deliver(webhooks, "inventory_levels/update", RestShapes.inventoryLevel(restocked.inventoryItemId, city.id(), 42));

        JsonNode job = world.awaitJobsOf(shop, "shopify_webhooks");

        assertEquals("succeeded", job.get("state").getStringValue(), world.text(job));
        assertEquals(1, world.sql1("SELECT count(*) FROM orders WHERE shop_id = ? AND name = '#5001' AND shopify_order_id = ?", shop,
                created.id));
        assertEquals(created.lines.size(), world.sql1("SELECT count(*) FROM order_lines l JOIN orders o ON o.shop_id = l.shop_id"
                + " AND o.id = l.order_id WHERE l.shop_id = ? AND o.name = '#5001'", shop));
        assertEquals(updated.lines.size(), world.sql1("SELECT count(*) FROM order_lines l JOIN orders o ON o.shop_id = l.shop_id"
                + " AND o.id = l.order_id WHERE l.shop_id = ? AND o.name = ?", shop, updated.name));
        assertEquals(1, world.sql1("SELECT count(*) FROM orders WHERE shop_id = ? AND name = ? AND cancelled_at IS NOT NULL", shop,
                cancelled.name));
        assertEquals(repriced.variants.size(), world.sql1("SELECT count(*) FROM variants v JOIN products p ON p.shop_id = v.shop_id"
                + " AND p.handle = v.handle WHERE v.shop_id = ? AND p.shopify_product_id = ? AND v.price = 77", shop, repriced.id));
        assertEquals(added.variants.size(), world.sql1("SELECT count(*) FROM variants WHERE shop_id = ? AND handle = ?", shop, added.handle));
        assertEquals(1, world.sql1("SELECT count(*) FROM products WHERE shop_id = ? AND shopify_product_id = ? AND status = 'archived'",
                shop, deleted.id));
        assertEquals(42, world.sql1("SELECT available FROM inventory_levels i JOIN variants v ON v.shop_id = i.shop_id AND v.id = i.variant_id"
                + " WHERE i.shop_id = ? AND v.shopify_variant_id = ? AND i.location = ?", shop, restocked.id, city.name()));
        int main = store.stock.get(restocked.inventoryItemId).get(store.locations.getFirst().id())[0];
        assertEquals(main + 42, world.sql1("SELECT inventory_quantity FROM variants WHERE shop_id = ? AND shopify_variant_id = ?", shop,
                restocked.id));
        assertEquals(0, world.sql1("SELECT count(*) FROM shopify_webhooks WHERE shop_id = ? AND payload IS NOT NULL", shop),
                "processed payloads are erased");
        JsonNode status = world.json(world.get("/api/v1/shops/" + shop + "/shopify/connection"));
        assertFalse(status.get("last_webhook_at").isNull());
        assertEquals(0, status.get("webhooks_waiting").getLongValue());
    }

    @Test
    @Order(2)
    void anOrderArrivingByWebhookReachesTheServedModelWithoutATraining() {
        ShopifyWorld.Connected c = syncedShop("model-update");
        String shop = c.shop();
        HttpResponse<String> trained = world.post("/api/v1/shops/" + shop + "/models?wait=true", Map.of());
        assertEquals(201, trained.statusCode(), trained.body());
        long trainedVersion = world.json(trained).get("report").get("model_version").getLongValue();

        deliver(world.webhooks(c.shopify()), "orders/create", RestShapes.order(c.shopify(), newOrder(c.shopify(), "#6001")));
        JsonNode job = world.awaitJobsOf(shop, "shopify_webhooks");

        assertEquals("succeeded", job.get("state").getStringValue(), world.text(job));
        JsonNode model = job.get("report").get("model");
        assertEquals("updated", model.get("change").getStringValue(), world.text(job));
        assertEquals(trainedVersion + 1, model.get("version").getLongValue());
        assertEquals(1, model.get("orders").getLongValue());
    }

    @Test
    @Order(3)
    void aForgedUnsignedOrStaleWebhookIsRefusedAndKeepsNothing() {
        ShopifyWorld.Connected c = syncedShop("forged");
        FakeShop store = c.shopify();
        WebhookSender webhooks = world.webhooks(store);
        byte[] body = JsonText.of(RestShapes.order(store, newOrder(store, "#6001"))).getBytes(StandardCharsets.UTF_8);

        int forged = webhooks.send("orders/create", body, "forged-1", Instant.now(), "not-the-apps-secret").status();
        int unsigned = webhooks.send("orders/create", body, "unsigned-1", Instant.now(), null).status();
        int stale = webhooks.send("orders/create", body, "stale-1", Instant.now().minus(Duration.ofDays(3)), FakeShopify.CLIENT_SECRET)
                .status();
        byte[] tampered = JsonText.of(RestShapes.order(store, newOrder(store, "#6002"))).getBytes(StandardCharsets.UTF_8);
        String signatureOfAnother = Signing.webhook(body, FakeShopify.CLIENT_SECRET);
        int swapped = webhooks.sendSigned("orders/create", tampered, "tampered-1", Instant.now(), signatureOfAnother).status();

        assertEquals(List.of(401, 401, 401, 401), List.of(forged, unsigned, stale, swapped));
        assertEquals(0, world.sql1("SELECT count(*) FROM shopify_webhooks WHERE shop_id = ?", c.shop()));
        assertEquals(0, world.sql1("SELECT count(*) FROM orders WHERE shop_id = ? AND name IN ('#6001', '#6002')", c.shop()));
    }

    @Test
    @Order(4)
    void aDeliveryShopifyRetriesIsKeptAndProcessedOnce() {
        ShopifyWorld.Connected c = syncedShop("retried");
        FakeShop store = c.shopify();
        WebhookSender webhooks = world.webhooks(store);
        byte[] body = JsonText.of(RestShapes.order(store, newOrder(store, "#7001"))).getBytes(StandardCharsets.UTF_8);
        Instant triggered = Instant.now();

        int first = webhooks.send("orders/create", body, "retried-1", triggered, FakeShopify.CLIENT_SECRET).status();
        int again = webhooks.send("orders/create", body, "retried-1", triggered, FakeShopify.CLIENT_SECRET).status();
        JsonNode job = world.awaitJobsOf(c.shop(), "shopify_webhooks");

        assertEquals(List.of(200, 200), List.of(first, again));
        assertEquals(1, world.sql1("SELECT count(*) FROM shopify_webhooks WHERE shop_id = ?", c.shop()));
        assertEquals(1, world.sql1("SELECT count(*) FROM orders WHERE shop_id = ? AND name = '#7001'", c.shop()));
        assertEquals("succeeded", job.get("state").getStringValue());
    }

    @Test
    @Order(5)
    void customersRedactLeavesNothingOfTheCustomerAndKeepsTheirBaskets() {
        ShopifyWorld.Connected c = syncedShop("redact-customer");
        FakeShop store = c.shopify();
        String shop = c.shop();
        FakeShop.Order theirs = store.orders.get(7);
        long customer = theirs.customerId;
        List<FakeShop.Order> orders = store.orders.stream().filter(o -> o.customerId == customer).toList();
        // A webhook with the customer's address arrives first, as it would in a live shop.
        deliver(world.webhooks(store), "orders/updated", RestShapes.order(store, theirs));
        world.awaitJobsOf(shop, "shopify_webhooks");
        long lines = world.sql1("SELECT count(*) FROM order_lines WHERE shop_id = ?", shop);
        assertTrue(world.everythingOf(shop).contains(theirs.email), "the shop held the customer's e-mail");

        deliver(world.webhooks(store), "customers/redact", RestShapes.customersRedact(store, customer, theirs.email,
                orders.stream().map(o -> o.id).toList()));
        JsonNode job = world.awaitJobsOf(shop, "shopify_webhooks");

        String everything = world.everythingOf(shop);
        assertFalse(everything.contains(theirs.email), "the e-mail remains somewhere");
        assertFalse(everything.contains("Lovelace-" + customer), "the name remains somewhere");
        assertFalse(everything.contains(String.valueOf(customer)), "the customer id remains somewhere");
        assertFalse(everything.contains("St James"), "the address of a webhook payload remains");
        assertEquals(lines, world.sql1("SELECT count(*) FROM order_lines WHERE shop_id = ?", shop), "the baskets stay");
        assertEquals(orders.size(), world.sql1("SELECT count(*) FROM orders WHERE shop_id = ? AND customer = '' AND name = ANY (?)",
                shop, orders.stream().map(o -> o.name).toArray(String[]::new)));
        assertTrue(job.get("message").getStringValue().contains("customers/redact"), world.text(job));
        assertTrue(world.sql1("SELECT count(*) FROM customers WHERE shop_id = ?", shop) > 0, "other customers stay");
    }

    @Test
    @Order(6)
    void aDataRequestIsAnsweredWithWhatIsHeldAndNoPersonalData() {
        ShopifyWorld.Connected c = syncedShop("data-request");
        FakeShop store = c.shopify();
        FakeShop.Order theirs = store.orders.get(2);
        List<FakeShop.Order> orders = store.orders.stream().filter(o -> o.customerId == theirs.customerId).toList();

        deliver(world.webhooks(store), "customers/data_request", RestShapes.customersDataRequest(store, theirs.customerId, theirs.email,
                orders.stream().map(o -> o.id).toList()));
        JsonNode job = world.awaitJobsOf(c.shop(), "shopify_webhooks");

        String message = job.get("message").getStringValue();
        assertTrue(message.contains("a customer record"), message);
        orders.forEach(o -> assertTrue(message.contains(o.name), message));
        assertFalse(message.contains(theirs.email));
    }

    @Test
    @Order(7)
    void shopRedactErasesEveryCustomerOfTheShop() {
        ShopifyWorld.Connected c = syncedShop("redact-shop");
        FakeShop store = c.shopify();

        deliver(world.webhooks(store), "shop/redact", RestShapes.shopRedact(store));
        world.awaitJobsOf(c.shop(), "shopify_webhooks");

        String everything = world.everythingOf(c.shop());
        assertFalse(everything.contains("@example.com"), "an e-mail remains");
        assertFalse(everything.contains("Lovelace"), "a name remains");
        assertEquals(0, world.sql1("SELECT count(*) FROM customers WHERE shop_id = ?", c.shop()));
        assertEquals(store.orders.size(), world.sql1("SELECT count(*) FROM orders WHERE shop_id = ?", c.shop()));
    }

    @Test
    @Order(8)
    void appUninstalledDisconnectsTheShopAndTheLaterPrivacyWebhooksStillFindIt() {
        ShopifyWorld.Connected c = syncedShop("uninstalled");
        FakeShop store = c.shopify();
        WebhookSender webhooks = world.webhooks(store);
        // While the token works, an app/uninstalled (a replay: only the body is signed) changes nothing.
        deliver(webhooks, "app/uninstalled", RestShapes.appUninstalled(store));
        world.awaitJobsOf(c.shop(), "shopify_webhooks");
        assertEquals("connected", world.json(world.get("/api/v1/shops/" + c.shop() + "/shopify/connection")).get("state").getStringValue());

        world.fake.revoke(store.domain);
        deliver(webhooks, "app/uninstalled", RestShapes.appUninstalled(store));
        world.awaitJobsOf(c.shop(), "shopify_webhooks");

        JsonNode status = world.json(world.get("/api/v1/shops/" + c.shop() + "/shopify/connection"));
        assertEquals("uninstalled", status.get("state").getStringValue());
        assertEquals(0, world.sql1("SELECT count(*) FROM shopify_connections WHERE shop_id = ? AND access_token IS NOT NULL", c.shop()));
        assertEquals(409, world.post("/api/v1/shops/" + c.shop() + "/shopify/syncs", Map.of()).statusCode());
        deliver(webhooks, "orders/create", RestShapes.order(store, newOrder(store, "#8001")));
        deliver(webhooks, "shop/redact", RestShapes.shopRedact(store));
        world.awaitJobsOf(c.shop(), "shopify_webhooks");
        assertEquals(0, world.sql1("SELECT count(*) FROM orders WHERE shop_id = ? AND name = '#8001'", c.shop()),
                "an uninstalled shop's orders are no longer merged");
        assertEquals(0, world.sql1("SELECT count(*) FROM customers WHERE shop_id = ?", c.shop()), "but its privacy requests are");
    }

    @Test
    @Order(99)
    void noTokenOrSecretWasEverLogged() {
        String logs = output.text();
        for (String token : TOKENS) {
            assertFalse(logs.contains(token), "a token was logged");
        }
        assertFalse(logs.contains(FakeShopify.CLIENT_SECRET), "the app's secret was logged");
        assertFalse(logs.contains("@example.com"), "a customer's e-mail was logged");
    }

    private static FakeShop.Order newOrder(FakeShop store, String name) {
        return store.newOrderLike(store.orders.getFirst(), name, Instant.now());
    }

    private static FakeShop.Product newProduct(FakeShop store) {
        FakeShop.Product p = new FakeShop.Product();
        p.id = store.nextId();
        p.handle = "summit-lantern";
        p.title = "Summit Lantern";
        p.createdAt = Instant.now();
        p.updatedAt = p.createdAt;
        for (String size : List.of("S", "L")) {
            FakeShop.Variant v = new FakeShop.Variant();
            v.id = store.nextId();
            v.inventoryItemId = store.nextId();
            v.sku = "LANTERN-" + size;
            v.price = new BigDecimal("29.00");
            v.options = new ArrayList<>(List.of(size));
            p.variants.add(v);
        }
        store.products.add(p);
        return p;
    }
}
