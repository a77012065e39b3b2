package com.cartwise.rest.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.rest.Api.Response;
import com.cartwise.rest.ApiTest;
import com.cartwise.rest.Json;
import com.cartwise.rest.SkiShopExports;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Bundle generation over HTTP on the ski shop of {@link com.cartwise.rest.SkiShopExports}: start,
 * the proposals (list, detail with evidence, review), active bundles (activate, deactivate, export)
 * and the rules. Wax (8 orders) and 120 cm poles (3) were bought together in 3 of the 10 orders.
 */
@MicronautTest
class BundlesApiTest extends ApiTest {

    private static String path(String shop, String rest) {
        return "/api/v1/shops/" + shop + rest;
    }

    /** Starts a generation with template copy and waits for its end; answers the finished job. */
    private Json generated(String shop) throws InterruptedException {
        Response started = api.post(path(shop, "/bundle-generations"), "{\"ai_copy\": false}");
        assertEquals(202, started.status(), started.body().text());
        assertEquals(path(shop, "/jobs/" + started.body().text("job_id")), started.location());
        assertEquals("bundle_generation", started.body().text("kind"));
        Json job = started.body();
        for (int i = 0; i < 400 && !List.of("succeeded", "failed", "cancelled").contains(job.text("state")); i++) {
            Thread.sleep(25);
            job = api.get(started.location()).body();
        }
        assertEquals("succeeded", job.text("state"), job.text());
        return job;
    }

    private List<Json> recommendations(String shop, String query) {
        Response page = api.get(path(shop, "/bundle-recommendations" + query));
        assertEquals(200, page.status(), page.body().text());
        List<Json> all = new ArrayList<>();
        for (int i = 0; i < page.body().size("bundle_recommendations"); i++) {
            all.add(new Json(page.body().node("bundle_recommendations[" + i + "]"), ""));
        }
        return all;
    }

    /** The proposed FBT bundle of wax with 120 cm poles that raises the order value. */
    private Json waxWithPoles(String shop) {
        return recommendations(shop, "?type=fbt&objective=increase_aov&limit=100").stream()
                .filter(r -> r.size("bundle.items") == 2 && r.text("bundle.items[0].sku").equals("WAX")
                        && r.text("bundle.items[1].sku").equals("POLE-120"))
                .findFirst().orElseThrow(() -> new AssertionError("no wax + poles bundle"));
    }

    @Test
    void aGenerationReportsWhatItFoundAndItsBundlesCarryTheirEvidence() throws Exception {
        givenSkiShopWithHistory("gen-shop");

        Json job = generated("gen-shop");

        assertEquals(10, job.number("report.orders"));
        assertEquals(5, job.number("report.variants"));
        assertTrue(job.number("report.quick_start_bundles") > 0, "a first generation starts with a quick start");
        assertEquals(job.number("report.bundles"), job.number("report.template_copies"));
        assertEquals(10, job.number("tallies.orders"));
        Json bundle = waxWithPoles("gen-shop");
        assertEquals(job.text("job_id"), bundle.text("job_id"));
        assertEquals("proposed", bundle.text("status"));
        assertTrue(bundle.isNull("note"));
        // N = 10; wax in 8 orders, poles in 3, both in 3: confidence 3/3, lift 3*10/(8*3) = 1.25
        assertEquals(10, bundle.number("bundle.evidence.orders"));
        assertEquals(3, bundle.number("bundle.evidence.orders_together"));
        assertEquals(8, bundle.number("bundle.evidence.variant_orders[0]"));
        assertEquals(3, bundle.number("bundle.evidence.variant_orders[1]"));
        assertEquals(1.25, bundle.decimal("bundle.evidence.lift"), 1e-12);
        assertEquals("52.50", bundle.text("bundle.price.list_price.amount"));
        assertEquals("EUR", bundle.text("bundle.price.price.currency_code"));
        assertEquals(new BigDecimal("52.50"), new BigDecimal(bundle.text("bundle.price.price.amount"))
                .add(new BigDecimal(bundle.text("bundle.price.savings.amount"))));
        assertTrue(bundle.isNull("bundle.price.margin"), "the exports carry no cost");
        assertEquals("percent_off", bundle.text("bundle.offer.kind"));
        assertEquals("template", bundle.text("bundle.copy.writer"));
        assertEquals("Ski Wax + Ski Poles (120 cm)", bundle.text("bundle.copy.title"));
        assertEquals("Bought together in 3 of 8 orders with Ski Wax (1.3× chance)", bundle.text("bundle.explanation[0]"));
        assertEquals(new TreeSet<>(List.of("bundle_key", "job_id", "wave", "published_at", "status", "note", "reviewed_at", "approvable",
                "approval_problem", "items_without_price", "bundle", "links")), bundle.fields(""));
        assertTrue(bundle.node("approvable").getBooleanValue(), "every item priced");
        assertTrue(bundle.isNull("approval_problem"));
        assertEquals(List.of(), bundle.texts("items_without_price"));
        Response detail = api.get(bundle.text("links.self"));
        assertEquals(200, detail.status());
        assertEquals(bundle.text("bundle_key"), detail.body().text("bundle.bundle_key"));
    }

    @Test
    void theListIsFilteredAndPagedByItsCursor() throws Exception {
        givenSkiShopWithHistory("page-shop");
        generated("page-shop");
        List<Json> all = recommendations("page-shop", "?limit=100");

        List<String> paged = new ArrayList<>();
        String cursor = "";
        do {
            Response page = api.get(path("page-shop", "/bundle-recommendations?limit=4" + cursor));
            for (int i = 0; i < page.body().size("bundle_recommendations"); i++) {
                paged.add(page.body().text("bundle_recommendations[" + i + "].bundle_key"));
            }
            cursor = page.body().isNull("next_cursor") ? null : "&cursor=" + page.body().text("next_cursor");
        } while (cursor != null);

        assertEquals(all.stream().map(r -> r.text("bundle_key")).toList(), paged);
        List<Json> firstWave = recommendations("page-shop", "?wave=1");
        assertEquals(3, firstWave.size(), "the first wave is the top 3");
        assertTrue(recommendations("page-shop", "?type=volume&limit=100").stream().allMatch(r -> r.text("bundle.type").equals("volume")));
        Response badType = api.get(path("page-shop", "/bundle-recommendations?type=bundle"));
        assertEquals(400, badType.status());
        assertEquals("type", badType.body().text("field"), "named as the query names it");
        assertEquals("wave: counts from 1, but was 0", api.get(path("page-shop", "/bundle-recommendations?wave=0")).body().text("detail"));
        assertEquals("cursor", api.get(path("page-shop", "/bundle-recommendations?cursor=nonsense")).body().text("field"));
    }

    @Test
    void anApprovedBundleIsActivatedDeactivatedAndExported() throws Exception {
        givenSkiShopWithHistory("live-shop");
        generated("live-shop");
        Json bundle = waxWithPoles("live-shop");
        String key = bundle.text("bundle_key");
        String activate = "{\"bundle_key\": \"" + key + "\"}";

        Response notYet = api.post(path("live-shop", "/active-bundles"), activate);
        Response approved = api.post(bundle.text("links.approve"), "{\"note\": \"for the slopes page\"}");
        Response activated = api.post(path("live-shop", "/active-bundles"), activate);
        Response again = api.post(path("live-shop", "/active-bundles"), activate);
        Response json = api.get(path("live-shop", "/active-bundles/export"));
        String csv = api.text(path("live-shop", "/active-bundles/export?format=csv"));
        Response off = api.post(activated.body().text("links.deactivate"), "");

        assertEquals(409, notYet.status());
        assertEquals("urn:cartwise:problem:bundle-not-approved", notYet.body().text("type"));
        assertEquals("approved", approved.body().text("status"));
        assertEquals("for the slopes page", approved.body().text("note"));
        assertEquals(201, activated.status());
        assertEquals(path("live-shop", "/active-bundles/" + key), activated.location());
        assertEquals("active", activated.body().text("status"));
        assertEquals(200, again.status());
        assertEquals(1, json.body().size("bundles"));
        assertEquals(key, json.body().text("bundles[0].bundle_key"));
        assertTrue(json.body().node("bundles[0].available").getBooleanValue());
        assertTrue(json.body().node("bundles[0].prices_current").getBooleanValue());
        assertEquals("POLE-120", json.body().text("bundles[0].items[1].sku"));
        String[] lines = csv.strip().split("\r?\n");
        assertEquals(String.join(",", ExportCsv.HEADER), lines[0]);
        assertEquals(3, lines.length, "one row per item");
        assertTrue(lines[1].startsWith(key + ",true,true,fbt,increase_aov,Ski Wax + Ski Poles (120 cm),"), lines[1]);
        assertTrue(lines[2].contains(",2,") && lines[2].contains(",POLE-120,Ski Poles,120 cm,1,40.00"), lines[2]);
        assertEquals("inactive", off.body().text("status"));
        assertEquals(0, api.get(path("live-shop", "/active-bundles/export")).body().size("bundles"));
        assertEquals(1, api.get(path("live-shop", "/active-bundles?status=inactive")).body().size("active_bundles"));
    }

    @Test
    void aBundleOfItemsThatCameWithoutPricesIsNotApprovedAndStaysProposed() throws Exception {
        givenShop("basket-shop");
        // A file of baskets names its items and gives no price: every item is priced 0.
        String baskets = "wax,poles\n".repeat(6) + "wax,gloves\n".repeat(4);
        Response imported = api.uploadAndWait(imports("basket-shop") + "?type=baskets", "baskets.csv", baskets);
        assertEquals(201, imported.status(), imported.body().text());
        generated("basket-shop");
        Json bundle = recommendations("basket-shop", "?type=fbt&limit=100").stream()
                .filter(r -> r.text("bundle.items[0].sku").equals("wax") && r.text("bundle.items[1].sku").equals("poles"))
                .findFirst().orElseThrow(() -> new AssertionError("no wax + poles bundle"));

        Response refused = api.post(bundle.text("links.approve"), "{\"note\": \"looks good\"}");

        assertEquals(List.of(), recommendations("basket-shop", "?approvable=true"), "every item came without a price");
        assertEquals(recommendations("basket-shop", "?limit=100").size(), recommendations("basket-shop", "?approvable=false&limit=100").size());
        Response badFilter = api.get("/api/v1/shops/basket-shop/bundle-recommendations?approvable=yes");
        assertEquals(List.of(400L, "approvable"), List.of((long) badFilter.status(), badFilter.body().text("field")), badFilter.body().text());
        assertEquals("0.00", bundle.text("bundle.price.list_price.amount"));
        assertFalse(bundle.node("approvable").getBooleanValue(), "the listing says so before an approval is tried");
        assertEquals("urn:cartwise:problem:bundle-unpriced", bundle.text("approval_problem"));
        assertEquals(List.of("wax", "poles"), bundle.texts("items_without_price"));
        assertEquals(409, refused.status());
        assertEquals("urn:cartwise:problem:bundle-unpriced", refused.body().text("type"));
        assertEquals("bundle_key", refused.body().text("field"));
        assertEquals("Bundle " + bundle.text("bundle_key") + " cannot be approved: wax, poles came without a price and the"
                + " bundle prices them at 0 EUR, so it would give them away. Import the products' prices (a products export), then generate bundles again; or reject it.",
                refused.body().text("detail"));
        assertEquals("proposed", api.get(path("basket-shop", "/bundle-recommendations/" + bundle.text("bundle_key"))).body().text("status"));
    }

    @Test
    void aBundlePricedBeforeItsItemsPricesChangedIsNotApprovedAndItsListingSaysSo() throws Exception {
        givenSkiShopWithHistory("repriced-shop");
        generated("repriced-shop");
        String self = waxWithPoles("repriced-shop").text("links.self");
        // priced on 12.50 + 40.00; then a products export raises the wax to 14.00
        Response reimported = api.uploadAndWait(imports("repriced-shop"), "products_export.csv",
                SkiShopExports.PRODUCTS.replace("deny,12.50,", "deny,14.00,"));
        assertEquals(201, reimported.status(), reimported.body().text());
        Json listed = api.get(self).body();

        Response refused = api.post(listed.text("links.approve"), "{}");

        assertFalse(listed.node("approvable").getBooleanValue());
        assertEquals("urn:cartwise:problem:bundle-prices-changed", listed.text("approval_problem"));
        assertEquals(List.of(), listed.texts("items_without_price"));
        assertEquals(409, refused.status());
        assertEquals("urn:cartwise:problem:bundle-prices-changed", refused.body().text("type"));
        assertEquals("Bundle " + listed.text("bundle_key") + " cannot be approved: it was priced " + listed.text("bundle.price.price.amount")
                + " EUR when its items cost 52.50 EUR together, and they cost 54.00 EUR now. Generate bundles again: it is proposed anew"
                + " at its new price, to be approved again; or reject it.", refused.body().text("detail"));
        assertEquals("proposed", api.get(self).body().text("status"));
        // once rejected, a generation keeps it as it was reviewed: no advice to generate again
        assertEquals(200, api.post(listed.text("links.reject"), "{}").status());
        assertTrue(api.post(listed.text("links.approve"), "{}").body().text("detail").endsWith(" now. A rejected bundle keeps the price it"
                + " was proposed at: a generation does not price it anew."));
    }

    @Test
    void aBundleApprovedBeforeItsItemsPricesChangedDoesNotGoLiveUntilProposedAnewAndApprovedAgain() throws Exception {
        givenSkiShopWithHistory("approved-shop");
        generated("approved-shop");
        Json bundle = waxWithPoles("approved-shop");
        String self = bundle.text("links.self");
        assertEquals(200, api.post(bundle.text("links.approve"), "{\"note\": \"for the slopes\"}").status());
        Json other = recommendations("approved-shop", "?limit=100").stream()
                .filter(r -> IntStream.range(0, r.size("bundle.items")).anyMatch(i -> r.text("bundle.items[" + i + "].sku").equals("WAX"))
                        && !r.text("bundle_key").equals(bundle.text("bundle_key")) && r.node("approvable").getBooleanValue())
                .findFirst().orElseThrow(() -> new AssertionError("no other bundle with the wax"));
        String otherActivation = "{\"bundle_key\": \"" + other.text("bundle_key") + "\"}";
        assertEquals(200, api.post(other.text("links.approve"), "{}").status());
        assertEquals(201, api.post(other.text("links.activate"), otherActivation).status());
        // approved on 12.50 + 40.00; then a products export raises the wax to 14.00
        assertEquals(201, api.uploadAndWait(imports("approved-shop"), "products_export.csv",
                SkiShopExports.PRODUCTS.replace("deny,12.50,", "deny,14.00,")).status());

        Response refused = api.post(bundle.text("links.activate"), "{\"bundle_key\": \"" + bundle.text("bundle_key") + "\"}");

        assertEquals(409, refused.status(), refused.body().text());
        assertEquals("urn:cartwise:problem:bundle-prices-changed", refused.body().text("type"));
        assertEquals("Bundle " + bundle.text("bundle_key") + " cannot go live: it was priced " + bundle.text("bundle.price.price.amount")
                + " EUR when its items cost 52.50 EUR together, and they cost 54.00 EUR now. Generate bundles again: it is proposed anew"
                + " at its new price, to be approved again; or reject it.", refused.body().text("detail"));
        assertEquals(404, api.get("/api/v1/shops/approved-shop/active-bundles/" + bundle.text("bundle_key")).status());
        Response live = api.post(other.text("links.activate"), otherActivation);
        assertEquals(409, live.status(), live.body().text());
        assertTrue(live.body().text("detail").startsWith("Bundle " + other.text("bundle_key") + " is live at a price the till no"
                + " longer offers: it was priced "), live.body().text());
        assertTrue(live.body().text("detail").endsWith(" once approved again, activating it replaces the live one; or take it off"
                + " (POST .../active-bundles/" + other.text("bundle_key") + "/deactivate)."), live.body().text());
        // generated again, it is proposed at its new price, its approval and note gone; approved again, it goes live
        Json generation = generated("approved-shop");
        Json proposed = api.get(self).body();
        assertEquals(2, generation.number("report.approvals_proposed_anew"), "this one and the live one with the wax");
        assertEquals(List.of("proposed", "54.00"), List.of(proposed.text("status"), proposed.text("bundle.price.list_price.amount")));
        assertTrue(proposed.isNull("note"), proposed.text());
        assertEquals(200, api.post(proposed.text("links.approve"), "{}").status());
        assertEquals(201, api.post(proposed.text("links.activate"), "{\"bundle_key\": \"" + bundle.text("bundle_key") + "\"}").status());
    }

    @Test
    void aRejectionKeepsItsNoteAndUnknownThingsAreNotFound() throws Exception {
        givenSkiShopWithHistory("review-shop");
        generated("review-shop");
        String key = waxWithPoles("review-shop").text("bundle_key");

        Response rejected = api.post(path("review-shop", "/bundle-recommendations/" + key + "/reject"), "{\"note\": \"too cheap\"}");

        assertEquals("rejected", rejected.body().text("status"));
        assertEquals("too cheap", rejected.body().text("note"));
        assertFalse(rejected.body().isNull("reviewed_at"));
        String unknown = "0".repeat(32);
        assertEquals(404, api.get(path("review-shop", "/bundle-recommendations/" + unknown)).status());
        assertEquals(404, api.post(path("review-shop", "/bundle-recommendations/" + unknown + "/approve"), "").status());
        assertEquals(404, api.get(path("review-shop", "/active-bundles/" + unknown)).status());
        assertEquals(404, api.get(path("no-such-shop", "/bundle-recommendations")).status());
        assertEquals("bundle_key", api.get(path("review-shop", "/bundle-recommendations/XYZ")).body().text("field"));
    }

    @Test
    void startsAreCheckedBeforeAnythingIsQueued() {
        givenSkiShopWithHistory("start-shop");

        Response badObjective = api.post(path("start-shop", "/bundle-generations"), "{\"objectives\": [\"increase_aov\", \"world_peace\"]}");
        Response badSupport = api.post(path("start-shop", "/bundle-generations"), "{\"min_support\": 1.5}");
        Response unknownShop = api.post(path("no-such-shop", "/bundle-generations"), "{}");
        // a generation costs minutes and AI calls: a misspelt member would run one the merchant did not ask for
        Response misspelt = api.post(path("start-shop", "/bundle-generations"), "{\"objective\": [\"increase_aov\"]}");

        assertEquals(400, misspelt.status(), misspelt.body().toString());
        assertEquals("urn:cartwise:problem:invalid-input", misspelt.body().text("type"));
        assertEquals("objective", misspelt.body().text("field"));
        assertEquals("objective: is not a member of this request; its members are objectives, types, min_support,"
                + " min_confidence, max_bundle_size, min_orders_together, pareto_only, ai_copy", misspelt.body().text("detail"));
        assertEquals(400, badObjective.status());
        assertEquals("objectives[1]", badObjective.body().text("field"));
        assertEquals("min_support", badSupport.body().text("field"));
        assertEquals(404, unknownShop.status());
        assertTrue(cartwise.jobs.activeWriter(com.cartwise.domain.shop.ShopId.of("start-shop")).isEmpty(), "nothing was queued");
    }

    @Test
    void rulesComeStrongestFirstAndCanBeFilteredByAVariant() throws Exception {
        givenSkiShopWithHistory("rules-shop");
        generated("rules-shop");

        Response byLift = api.get(path("rules-shop", "/association-rules"));
        Response byConfidence = api.get(path("rules-shop", "/association-rules?sort=confidence&limit=500"));

        int rules = byLift.body().size("association_rules");
        assertTrue(rules > 0);
        for (int i = 1; i < rules; i++) {
            assertTrue(byLift.body().decimal("association_rules[" + i + "].lift") <= byLift.body().decimal("association_rules[" + (i - 1) + "].lift"));
        }
        long wax = byLift.body().number("association_rules[0].antecedent[0].variant_id");
        Response withWax = api.get(path("rules-shop", "/association-rules?variant_id=" + wax));
        assertTrue(withWax.body().size("association_rules") >= 1);
        assertEquals(rules, byConfidence.body().size("association_rules"));
        assertEquals("sort", api.get(path("rules-shop", "/association-rules?sort=support")).body().text("field"));
    }
}
