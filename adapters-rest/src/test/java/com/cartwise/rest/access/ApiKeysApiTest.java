package com.cartwise.rest.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.rest.Api;
import com.cartwise.rest.Api.Response;
import com.cartwise.rest.ApiTest;
import com.cartwise.application.fakes.InMemoryApiKeys;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Issuing, listing and revoking keys through the admin API, and what a key then may do. */
@MicronautTest
class ApiKeysApiTest extends ApiTest {
    @Inject
    InMemoryApiKeys keys;

    private String issueKey(String shop) {
        Response issued = api.post("/api/v1/admin/shops/" + shop + "/api-keys", "{\"label\": \"front till\"}");
        assertEquals(201, issued.status(), issued.body().toString());
        return issued.body().text("key");
    }

    @Test
    void anIssuedKeyIsShownOnceAndItsListEntryHasNoSecret() {
        givenShop("keyed");

        Response issued = api.post("/api/v1/admin/shops/keyed/api-keys", "{\"label\": \"front till\"}");
        Response listed = api.get("/api/v1/admin/shops/keyed/api-keys");

        assertEquals(201, issued.status());
        String keyId = issued.body().text("key_id");
        assertEquals("/api/v1/admin/shops/keyed/api-keys/" + keyId, issued.location());
        assertTrue(issued.body().text("key").startsWith("cw_" + keyId + "_"));
        assertEquals(200, listed.status());
        assertEquals(new TreeSet<>(Set.of("key_id", "shop_id", "label", "created_at", "last_used_at", "revoked_at")),
                listed.body().fields("api_keys[0]"));
        assertEquals("front till", listed.body().text("api_keys[0].label"));
        assertFalse(listed.body().toString().contains(issued.body().text("key")));
    }

    @Test
    void aShopsKeyUsesItsOwnShopAndItsLastUseIsListed() {
        givenShop("own");
        Api shopClient = api.withKey(issueKey("own"));

        Response own = shopClient.get("/api/v1/shops/own");

        assertEquals(200, own.status());
        assertFalse(api.get("/api/v1/admin/shops/own/api-keys").body().isNull("api_keys[0].last_used_at"));
    }

    @Test
    void aKeyThatCannotBeReadJustNowIsAskedToRetryNotRefused() {
        givenShop("unlucky");
        Api unlucky = api.withKey(issueKey("unlucky"));
        keys.down(true);
        Response unreadable;
        try {
            unreadable = unlucky.get("/api/v1/shops/unlucky");
        } finally {
            keys.down(false);
        }

        assertEquals(503, unreadable.status());
        assertEquals("urn:cartwise:problem:key-uncheckable", unreadable.body().text("type"));
        assertEquals("1", unreadable.retryAfter());
        assertEquals(200, unlucky.get("/api/v1/shops/unlucky").status());
    }

    @Test
    void aShopsKeyGetsForAnotherShopTheVeryAnswerOfAnUnknownShop() {
        givenShop("mine");
        givenShop("theirs");
        Api mine = api.withKey(issueKey("mine"));

        Response theirs = mine.get("/api/v1/shops/theirs");
        Response unknown = mine.get("/api/v1/shops/nowhere");

        assertEquals(404, theirs.status());
        assertEquals("urn:cartwise:problem:shop-not-found", theirs.body().text("type"));
        assertEquals(unknown.status(), theirs.status());
        assertEquals(unknown.body().text("detail").replace("nowhere", "theirs"), theirs.body().text("detail"));
    }

    @Test
    void aShopsKeyIsForbiddenTheAdminApiAndCreatingShops() {
        givenShop("limited");
        Api limited = api.withKey(issueKey("limited"));

        Response admin = limited.get("/api/v1/admin/shops/limited/api-keys");
        Response create = limited.post("/api/v1/shops", "{\"shop_id\": \"sneaky\", \"name\": \"S\", \"currency\": \"EUR\"}");

        assertEquals(403, admin.status());
        assertEquals("urn:cartwise:problem:forbidden", admin.body().text("type"));
        assertEquals(403, create.status());
    }

    @Test
    void withoutAKeyOrWithAWrongOrRevokedOneTheAnswerIs401() {
        givenShop("guarded");
        String key = issueKey("guarded");
        String keyId = key.substring(3, 19);

        Response none = api.withKey(null).get("/api/v1/shops/guarded");
        Response wrong = api.withKey(key.substring(0, key.length() - 2) + "xx").get("/api/v1/shops/guarded");
        Response revoke = api.delete("/api/v1/admin/shops/guarded/api-keys/" + keyId);
        Response revoked = api.withKey(key).get("/api/v1/shops/guarded");

        assertEquals(401, none.status());
        assertEquals("application/problem+json", none.contentType());
        assertEquals("urn:cartwise:problem:unauthenticated", none.body().text("type"));
        assertEquals(401, wrong.status());
        assertEquals(204, revoke.status());
        assertEquals(401, revoked.status());
        assertEquals(404, api.delete("/api/v1/admin/shops/guarded/api-keys/" + keyId).status());
        assertFalse(api.get("/api/v1/admin/shops/guarded/api-keys").body().isNull("api_keys[0].revoked_at"));
    }

    @Test
    void aKeyIsNotIssuedForAnUnknownShop() {
        Response missing = api.post("/api/v1/admin/shops/nowhere/api-keys", "{}");

        assertEquals(404, missing.status());
        assertEquals("urn:cartwise:problem:shop-not-found", missing.body().text("type"));
    }
}
