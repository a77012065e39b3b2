package com.cartwise.bootstrap.shopify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.fakeshopify.FakeShop;
import com.cartwise.fakeshopify.FakeShopify;
import com.cartwise.fakeshopify.GeneratedShop;
import com.cartwise.fakeshopify.Signing;
import io.micronaut.json.tree.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Connecting a shop to Shopify over real HTTP: a custom app's token is tried before it is kept,
 * refused with the reason when wrong, short of scopes or already another shop's; a disconnect
 * erases it; the OAuth install runs its whole round trip through the fake Shopify's authorize page,
 * begun from the dashboard or from Shopify, and refuses a callback that is replayed or altered.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShopifyConnectTest extends ShopifyWorldTest {

    private static FakeShop store(String name) {
        return GeneratedShop.generate(name + ".myshopify.com", 5, 10, name.hashCode());
    }

    private static HttpResponse<String> connect(String shop, String domain, String token) {
        return world.post("/api/v1/shops/" + shop + "/shopify/connection", Map.of("shop_domain", domain, "access_token", token));
    }

    @Test
    @Order(1)
    void aTokenShopifyRefusesIsRefusedAndNothingIsKept() {
        ShopifyWorld.Connected c = world.newShop(store("wrong-token"), "shpat_right");

        HttpResponse<String> answer = connect(c.shop(), c.shopify().domain, "shpat_wrong");

        assertEquals(422, answer.statusCode(), answer.body());
        assertEquals("urn:cartwise:problem:shopify-unauthorized", world.json(answer).get("type").getStringValue());
        assertEquals(404, world.get("/api/v1/shops/" + c.shop() + "/shopify/connection").statusCode());
    }

    @Test
    @Order(2)
    void aTokenWithoutTheScopesASyncNeedsIsRefusedNamingThem() {
        FakeShop store = store("few-scopes");
        ShopifyWorld.Connected c = world.newShop(store, "shpat_few");
        world.fake.add(store, "shpat_few", Set.of("read_products", "write_orders"));

        HttpResponse<String> answer = connect(c.shop(), store.domain, "shpat_few");

        assertEquals(422, answer.statusCode(), answer.body());
        String detail = world.json(answer).get("detail").getStringValue();
        assertTrue(detail.contains("read_inventory, read_locations"), detail);
        assertFalse(detail.contains("read_orders"), "write_orders includes read_orders: " + detail);
    }

    @Test
    @Order(3)
    void aShopifyShopConnectedToAnotherShopIsRefused() {
        FakeShop store = store("taken");
        ShopifyWorld.Connected first = world.newShop(store, "shpat_taken");
        assertEquals(201, world.post("/api/v1/shops/" + first.shop() + "/shopify/connection", Map.of("shop_domain", store.domain,
                "access_token", "shpat_taken", "sync", false)).statusCode());
        ShopifyWorld.Connected second = world.newShop(store, "shpat_taken");

        HttpResponse<String> answer = connect(second.shop(), store.domain, "shpat_taken");

        assertEquals(409, answer.statusCode(), answer.body());
        assertTrue(world.json(answer).get("detail").getStringValue().contains(first.shop()));
    }

    @Test
    @Order(4)
    void aDisconnectErasesTheTokenAndStopsSyncs() {
        ShopifyWorld.Connected c = world.newShop(store("disconnect"), "shpat_disconnect");
        HttpResponse<String> connected = world.post("/api/v1/shops/" + c.shop() + "/shopify/connection", Map.of(
                "shop_domain", c.shopify().domain, "access_token", "shpat_disconnect", "sync", false,
                "api_secret_key", "shpss_custom_app_secret"));
        assertEquals(201, connected.statusCode(), connected.body());
        assertEquals("own_app", world.json(connected).get("connection").get("webhook_signing").getStringValue());

        assertEquals(204, world.delete("/api/v1/shops/" + c.shop() + "/shopify/connection").statusCode());

        assertEquals("disconnected", world.json(world.get("/api/v1/shops/" + c.shop() + "/shopify/connection")).get("state").getStringValue());
        assertEquals(0, world.sql1("SELECT count(*) FROM shopify_connections WHERE shop_id = ? AND access_token IS NOT NULL", c.shop()));
        assertEquals(409, world.post("/api/v1/shops/" + c.shop() + "/shopify/syncs", Map.of()).statusCode());
        assertEquals(409, world.delete("/api/v1/shops/" + c.shop() + "/shopify/connection").statusCode());
    }

    @Test
    @Order(5)
    void anOAuthInstallFromTheDashboardRunsItsRoundTripAndItsCallbackServesOnce() {
        FakeShop store = store("oauth-dashboard");
        ShopifyWorld.Connected c = world.newShop(store, "shpat_unused");

        HttpResponse<String> begun = world.post("/api/v1/shops/" + c.shop() + "/shopify/installs", Map.of("shop_domain", store.domain));
        assertEquals(200, begun.statusCode(), begun.body());
        URI authorize = URI.create(world.json(begun).get("authorization_url").getStringValue());
        assertTrue(authorize.toString().startsWith(world.fake.base() + "/" + store.domain + "/admin/oauth/authorize?client_id="
                + FakeShopify.CLIENT_ID), authorize.toString());
        URI callback = redirect(world.getAbsolute(authorize));

        HttpResponse<String> installed = world.getAbsolute(callback);

        assertEquals(201, installed.statusCode(), installed.body());
        JsonNode answer = world.json(installed);
        assertEquals("oauth", answer.get("connection").get("installed_by").getStringValue());
        assertEquals("cartwise_app", answer.get("connection").get("webhook_signing").getStringValue());
        JsonNode sync = world.awaitJob(c.shop(), answer.get("sync_job").get("job_id").getStringValue());
        assertEquals("succeeded", sync.get("state").getStringValue(), world.text(sync));
        assertEquals(10, world.sql1("SELECT count(*) FROM orders WHERE shop_id = ?", c.shop()));
        assertFalse(installed.body().contains(world.fake.tokenOf(store.domain)), "the token is never answered");
        assertEquals(401, world.getAbsolute(callback).statusCode(), "a state nonce serves once");
        URI altered = URI.create(callback.toString().replace("shop=" + store.domain, "shop=other-shop.myshopify.com"));
        assertEquals(401, world.getAbsolute(altered).statusCode(), "a callback whose parameters changed is not Shopify's");
    }

    @Test
    @Order(6)
    void anOAuthInstallBegunAtShopifyCreatesTheShopFromShopifysDetails() {
        FakeShop store = store("oauth-from-shopify");
        world.fake.add(store, "shpat_unused", Set.of());
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("shop", store.domain);
        parameters.put("timestamp", String.valueOf(Instant.now().getEpochSecond()));
        URI install = URI.create("http://localhost:" + world.port + "/api/v1/shopify/install?"
                + Signing.signedQuery(parameters, FakeShopify.CLIENT_SECRET));

        URI authorize = redirect(world.getAbsolute(install));
        HttpResponse<String> installed = world.getAbsolute(redirect(world.getAbsolute(authorize)));

        assertEquals(201, installed.statusCode(), installed.body());
        JsonNode shop = world.json(world.get("/api/v1/shops/" + store.domain));
        assertEquals(store.name, shop.get("name").getStringValue());
        assertEquals("EUR", shop.get("currency").getStringValue());
        assertEquals(401, world.getAbsolute(URI.create(install.toString().replace("hmac=", "hmac=00"))).statusCode());
    }

    @Test
    @Order(99)
    void noTokenOrSecretWasEverLogged() {
        String logs = output.text();
        for (String secret : List.of("shpat_right", "shpat_few", "shpat_taken", "shpat_disconnect", "shpss_custom_app_secret",
                FakeShopify.CLIENT_SECRET, "shpat_oauth_")) {
            assertFalse(logs.contains(secret), secret + " was logged");
        }
    }

    private static URI redirect(HttpResponse<String> response) {
        assertEquals(302, response.statusCode(), response.body());
        return URI.create(response.headers().firstValue("Location").orElseThrow());
    }
}
