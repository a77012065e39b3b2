package com.cartwise.rest.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.flags.Flag;
import com.cartwise.application.flags.FlagCatalogue;
import com.cartwise.rest.Api.Response;
import com.cartwise.rest.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The admin API's flags: typed JSON values, shop over global over default, validation, the audit trail. */
@MicronautTest
class FlagsApiTest extends ApiTest {
    private static final String FLAGS = "/api/v1/admin/flags";

    @AfterEach
    void resetGlobalValues() {
        api.put(FLAGS, "{\"name\": \"bundles.min_support\", \"value\": null}", "cleanup");
    }

    private static String shopFlag(String shop, String name) {
        return "/api/v1/admin/shops/" + shop + "/flags/" + name;
    }

    @Test
    void theCatalogueListsEveryFlagWithItsTypeDefaultAndRange() {
        Response list = api.get(FLAGS);

        assertEquals(200, list.status());
        assertEquals("kill_switch", list.body().text("flags[0].name"));
        assertEquals("boolean", list.body().text("flags[0].type"));
        assertEquals(false, list.body().node("flags[0].default_value").getBooleanValue());
        assertTrue(list.body().isNull("flags[0].global_value"));
        assertEquals("default", list.body().text("flags[0].source"));
        List<String> names = new ArrayList<>();
        list.body().node("flags").values().forEach(flag -> names.add(flag.get("name").getStringValue()));
        assertEquals(FlagCatalogue.ALL.stream().map(Flag::name).toList(), names);
    }

    @Test
    void aShopsValueOverridesTheGlobalOneAndDeletingItRestoresIt() {
        givenShop("flagged");
        assertEquals(200, api.put(FLAGS, "{\"name\": \"bundles.min_support\", \"value\": 0.05}", "alice").status());

        Response own = api.put(shopFlag("flagged", "bundles.min_support"), "{\"value\": 0.1}", "bob");

        assertEquals(200, own.status(), own.body().toString());
        assertEquals(0.1, own.body().decimal("value"));
        assertEquals(0.05, own.body().decimal("global_value"));
        assertEquals("shop", own.body().text("source"));
        Response removed = api.delete(shopFlag("flagged", "bundles.min_support"), "carol");
        assertEquals(0.05, removed.body().decimal("value"));
        assertEquals("global", api.get(shopFlag("flagged", "bundles.min_support")).body().text("source"));

        Response audit = api.get(FLAGS + "/audit?limit=3");
        assertEquals("carol (key operator)", audit.body().text("changes[0].actor"));
        assertEquals("flagged", audit.body().text("changes[0].shop_id"));
        assertEquals(0.1, audit.body().decimal("changes[0].old_value"));
        assertTrue(audit.body().isNull("changes[0].new_value"));
        assertEquals("bob (key operator)", audit.body().text("changes[1].actor"));
        assertEquals("alice (key operator)", audit.body().text("changes[2].actor"));
        assertTrue(audit.body().isNull("changes[2].shop_id"));
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingTheFieldAndAnUnknownFlagNamingTheName() {
        givenShop("strict");

        assertInvalidInputNaming("value", api.put(shopFlag("strict", "kill_switch"), "{\"value\": \"yes\"}", "ops"));
        assertInvalidInputNaming("value", api.put(shopFlag("strict", "bundles.max_bundle_size"), "{\"value\": 7}", "ops"));
        assertInvalidInputNaming("name", api.put(shopFlag("strict", "turbo"), "{\"value\": true}", "ops"));
        assertInvalidInputNaming("value", api.put(shopFlag("strict", "kill_switch"), "{}", "ops"));
    }

    @Test
    void anUnknownShopIsNotFound() {
        Response missing = api.put(shopFlag("nowhere", "kill_switch"), "{\"value\": true}", "ops");

        assertEquals(404, missing.status());
        assertEquals("urn:cartwise:problem:shop-not-found", missing.body().text("type"));
    }

    @Test
    void theKillSwitchRefusesABundleGenerationWith409() {
        givenSkiShopWithHistory("killed");
        api.put(shopFlag("killed", "kill_switch"), "{\"value\": true}", "ops");

        Response refused = api.post("/api/v1/shops/killed/bundle-generations", "{}");

        assertEquals(409, refused.status());
        assertEquals("urn:cartwise:problem:switched-off", refused.body().text("type"));
        assertTrue(refused.body().text("detail").contains("kill switch"), refused.body().text("detail"));
    }
}
