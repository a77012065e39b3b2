package com.cartwise.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.domain.analytics.Event;
import com.cartwise.domain.shop.ShopId;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every API specification shares: a client of the embedded server and the in-memory
 * application behind it. The application lives as long as the test class, so each test works in
 * a shop of its own.
 */
public abstract class ApiTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper jsonMapper;

    @Inject
    protected InMemoryCartwise cartwise;

    /** Injected so that the worker thread runs: import jobs need it. */
    @Inject
    TestWorker worker;

    protected Api api;

    @BeforeEach
    void connect() {
        api = new Api(client.toBlocking(), jsonMapper);
    }

    /** Creates the shop, in euros. */
    protected void givenShop(String shopId) {
        assertEquals(201, api.post("/api/v1/shops", "{\"shop_id\": \"" + shopId + "\", \"name\": \"Ski Shop\", \"currency\": \"EUR\"}").status());
    }

    /** Creates the shop with the events recorded, once for every test of a class (the in-memory Cartwise outlives a test). */
    protected void givenShopWithEvents(String shopId, List<Event> events) {
        if (cartwise.shops.find(ShopId.of(shopId)).isEmpty()) {
            givenShop(shopId);
            cartwise.events.record(ShopId.of(shopId), events);
        }
    }

    /** Creates the shop and imports the ski shop's products and orders. */
    protected void givenSkiShopWithHistory(String shopId) {
        givenShop(shopId);
        assertEquals(201, api.uploadAndWait(imports(shopId), "products_export.csv", SkiShopExports.PRODUCTS).status());
        assertEquals(201, api.uploadAndWait(imports(shopId), "orders_export.csv", SkiShopExports.ORDERS).status());
    }

    /**
     * The ski shop with its model ranked by cosine = together / sqrt(ordersWithA * ordersWithB),
     * learnt from all ten orders: WAX is in 8 orders, GLOVE in 4, POLE-120 and GOG in 3, POLE-130
     * in 1; bought together: WAX+POLE-120 3, WAX+GLOVE 2, GOG+GLOVE 2, WAX+GOG 1, POLE-120+GLOVE 1,
     * WAX+POLE-130 1. POLE-130 is out of stock and never offered.
     */
    protected void givenSkiShopRankingByCosine(String shopId) {
        givenSkiShopWithHistory(shopId);
        assertEquals(201, api.post("/api/v1/shops/" + shopId + "/models?wait=true", "{\"metric\": \"cosine\"}").status());
    }

    /** A 400 problem+json of type invalid-input whose field and detail name the field. */
    protected static void assertInvalidInputNaming(String field, Api.Response answer) {
        assertEquals(400, answer.status(), answer.body().toString());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals("urn:cartwise:problem:invalid-input", answer.body().text("type"));
        assertEquals(field, answer.body().text("field"));
        assertTrue(answer.body().text("detail").startsWith(field + ": "), answer.body().text("detail"));
    }

    protected static String imports(String shopId) {
        return "/api/v1/shops/" + shopId + "/imports";
    }
}
