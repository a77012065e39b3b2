package com.cartwise.rest.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.Api.Response;
import com.cartwise.rest.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

@MicronautTest
class ShopsApiTest extends ApiTest {

    @Test
    void createsAShopAndAnswersWithItAndItsLocation() {
        Response created = api.post("/api/v1/shops", """
                {"shop_id": "demo", "name": "Demo Shop", "currency": "EUR"}""");

        assertEquals(201, created.status());
        assertEquals("/api/v1/shops/demo", created.location());
        assertEquals(new TreeSet<>(Set.of("shop_id", "name", "currency")), created.body().fields());
        assertEquals("demo", created.body().text("shop_id"));
        assertEquals("Demo Shop", created.body().text("name"));
        assertEquals("EUR", created.body().text("currency"));
    }

    @Test
    void findsAShopByItsId() {
        api.post("/api/v1/shops", """
                {"shop_id": "found.myshopify.com", "name": "Found", "currency": "CAD"}""");

        Response found = api.get("/api/v1/shops/found.myshopify.com");

        assertEquals(200, found.status());
        assertEquals("Found", found.body().text("name"));
        assertEquals("CAD", found.body().text("currency"));
    }

    @Test
    void refusesASecondShopWithTheSameIdAndKeepsTheFirst() {
        api.post("/api/v1/shops", """
                {"shop_id": "taken", "name": "First", "currency": "EUR"}""");

        Response again = api.post("/api/v1/shops", """
                {"shop_id": "taken", "name": "Second", "currency": "GBP"}""");

        assertEquals(409, again.status());
        assertEquals("application/problem+json", again.contentType());
        assertEquals("urn:cartwise:problem:shop-exists", again.body().text("type"));
        assertEquals(409, again.body().number("status"));
        assertEquals("First", cartwise.shops.find(ShopId.of("taken")).orElseThrow().name());
    }

    @Test
    void answers404ForAShopThatDoesNotExist() {
        Response missing = api.get("/api/v1/shops/nowhere");

        assertEquals(404, missing.status());
        assertEquals("application/problem+json", missing.contentType());
        assertEquals(new TreeSet<>(Set.of("type", "title", "status", "detail")), missing.body().fields());
        assertEquals("urn:cartwise:problem:shop-not-found", missing.body().text("type"));
    }

    @Test
    void rejectsAShopIdThatIsNotLowerCaseNamingTheField() {
        Response bad = api.post("/api/v1/shops", """
                {"shop_id": "Demo Shop", "name": "Demo", "currency": "EUR"}""");

        assertEquals(400, bad.status());
        assertEquals("shop_id", bad.body().text("field"));
        assertEquals("urn:cartwise:problem:invalid-input", bad.body().text("type"));
    }

    @Test
    void rejectsACurrencyThatIsNoIsoCode() {
        Response bad = api.post("/api/v1/shops", """
                {"shop_id": "euro-shop", "name": "Euro", "currency": "EURO"}""");

        assertEquals(400, bad.status());
        assertEquals("currency", bad.body().text("field"));
        assertEquals(Optional.empty(), cartwise.shops.find(ShopId.of("euro-shop")));
    }

    @Test
    void rejectsAMissingNameNamingIt() {
        Response bad = api.post("/api/v1/shops", """
                {"shop_id": "nameless", "currency": "EUR"}""");

        assertEquals(400, bad.status());
        assertEquals("name", bad.body().text("field"));
    }

    @Test
    void rejectsMalformedJsonWithAProblemThatRevealsNoInternals() {
        Response bad = api.post("/api/v1/shops", "{\"shop_id\": \"broken\", ");

        assertEquals(400, bad.status());
        assertEquals("application/problem+json", bad.contentType());
        assertEquals("about:blank", bad.body().text("type"));
        assertEquals("The request body is not valid JSON, or one of its values has the wrong type.", bad.body().text("detail"));
    }

    @Test
    void rejectsARequestWithoutBodyNamingTheFirstMissingField() {
        Response bad = api.postWithoutBody("/api/v1/shops");

        assertEquals(400, bad.status());
        assertEquals("shop_id", bad.body().text("field"));
        assertNull(bad.location());
    }
}
