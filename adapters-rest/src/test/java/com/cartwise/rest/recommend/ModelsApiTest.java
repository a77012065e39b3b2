package com.cartwise.rest.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.Api.Response;
import com.cartwise.rest.ApiTest;
import com.cartwise.rest.SkiShopExports;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@MicronautTest
class ModelsApiTest extends ApiTest {

    static String models(String shopId) {
        return "/api/v1/shops/" + shopId + "/models";
    }

    /** A training that answers once it has ended. */
    static String training(String shopId) {
        return models(shopId) + "?wait=true";
    }

    /*
     * The ski shop's ten orders, oldest first; the evaluation trains on the oldest 8 (80 %) and
     * tests the 2 after them:
     *   #1009 POLE-120, WAX: cart POLE-120, held out WAX. In training POLE-120 went with WAX and
     *         GLOVE only, so WAX is in every metric's top 2: a hit.
     *   #1010 WAX, GLOVE: cart WAX, held out GLOVE. In training WAX (6 orders) went with
     *         POLE-120 (2 of 2 orders), POLE-130 (1 of 1), GOG (1 of 3), GLOVE (1 of 3). Every
     *         reference metric ranks POLE-120 first and POLE-130 second (co-occurrence and
     *         confidence by the tie-break on the lower variant id, cosine 1/sqrt(6) > 1/sqrt(18),
     *         lift 8/6 = 16/12 ties POLE-120), so GLOVE is missed.
     * Each reference metric: 2 cases, 1 hit, hit rate 1/2, precision 1/(2*2), recall 1/2.
     */
    @Test
    void trainsOnTheShopsOrdersAndReportsTheEvaluationBehindItsChoiceOfMetric() {
        givenSkiShopWithHistory("trained-shop");

        Response job = api.postWithoutBody(training("trained-shop"));

        assertEquals(201, job.status());
        assertEquals("training", job.body().text("kind"));
        assertEquals("succeeded", job.body().text("state"));
        assertEquals(new TreeSet<>(Set.of("model_version", "metric", "orders", "baskets", "lines", "unresolved_lines", "variants",
                "pairs", "size_bytes", "model")), job.body().fields("report"));
        assertEquals(1, job.body().number("report.model_version"));
        assertEquals(10, job.body().number("report.orders"));
        assertEquals(10, job.body().number("report.baskets"));
        assertEquals(20, job.body().number("report.lines"));
        assertEquals(1, job.body().number("report.unresolved_lines"));
        // WAX, POLE-120, POLE-130, GOG, GLOVE; pairs WAX-POLE120, WAX-GOG, WAX-GLOVE, POLE120-GLOVE, GOG-GLOVE, POLE130-WAX.
        assertEquals(5, job.body().number("report.variants"));
        assertEquals(6, job.body().number("report.pairs"));
        assertTrue(job.body().number("report.size_bytes") > 0);
        assertEquals(models("trained-shop") + "/1", job.body().text("report.model"));
        Response trained = api.get(job.body().text("report.model"));
        assertEquals(job.body().text("report.metric"), trained.body().text("metric"));
        assertEquals(trained.body().text("evaluation.chosen"), trained.body().text("metric"));
        assertEquals("2025-01-15T09:30:00Z", trained.body().text("trained_at"));
        assertEquals(new TreeSet<>(Set.of("training_orders", "validation_orders", "primary", "chosen", "k", "results")),
                trained.body().fields("evaluation"));
        assertEquals(8, trained.body().number("evaluation.training_orders"));
        assertEquals(2, trained.body().number("evaluation.validation_orders"));
        assertEquals("last_item", trained.body().text("evaluation.primary.protocol"));
        assertEquals("hit_rate", trained.body().text("evaluation.primary.measure"));
        assertEquals(2, trained.body().number("evaluation.primary.k"));
        assertEquals(List.of(2L, 5L, 10L), IntStream.range(0, 3).mapToObj(i -> trained.body().number("evaluation.k[" + i + "]")).toList());
        assertEquals(3, trained.body().size("evaluation.k"));
        List<Integer> references = rowsOfRole(trained, "reference");
        assertEquals(List.of("co_occurrence", "cosine", "confidence", "lift"),
                references.stream().map(i -> trained.body().text("evaluation.results[" + i + "].scorer")).toList());
        for (int i : references) {
            String row = "evaluation.results[" + i + "]";
            assertEquals(new TreeSet<>(Set.of("scorer", "role", "chosen", "protocol", "cases", "catalogue", "hit_rate", "precision",
                    "recall", "ndcg", "mrr", "coverage")), trained.body().fields(row));
            assertEquals("last_item", trained.body().text(row + ".protocol"));
            assertEquals(2, trained.body().number(row + ".cases"));
            assertEquals(0.5, trained.body().decimal(row + ".hit_rate[0]"));
            assertEquals(0.25, trained.body().decimal(row + ".precision[0]"));
            assertEquals(0.5, trained.body().decimal(row + ".recall[0]"));
        }
        // popularity under both protocols, every candidate under both
        assertEquals(2, rowsOfRole(trained, "popularity").size());
        assertEquals(2 * 9, rowsOfRole(trained, "candidate").size());
    }

    @Test
    void listsTheShopsModelsNewestFirstAndDescribesEachWithItsWholeTable() {
        givenSkiShopWithHistory("listed-shop");
        api.postWithoutBody(training("listed-shop"));
        api.post(training("listed-shop"), """
                {"metric": "lift"}""");

        Response listed = api.get(models("listed-shop"));
        Response second = api.get(models("listed-shop") + "/2");

        assertEquals(200, listed.status());
        assertEquals(2, listed.body().size("models"));
        assertEquals(new TreeSet<>(Set.of("model_version", "metric", "trained_at", "orders", "size_bytes", "update_of", "chosen")),
                listed.body().fields("models[0]"));
        assertEquals(2, listed.body().number("models[0].model_version"));
        assertEquals("lift", listed.body().text("models[0].metric"));
        assertTrue(listed.body().isNull("models[0].update_of"));
        assertEquals(1, listed.body().number("models[1].model_version"));
        assertEquals(200, second.status());
        assertEquals("lift", second.body().text("metric"));
        assertEquals(10, second.body().number("orders"));
        // lift is no candidate of the grid: asked for, it is evaluated beside the 9 (2 protocols each)
        assertEquals(4 + 2 + 2 * 10, second.body().size("evaluation.results"));
    }

    @Test
    void pagesOfModelsFollowTheirCursorNewestFirstAndABadLimitOrCursorIsRefusedNamingIt() {
        givenSkiShopWithHistory("paged-models-shop");
        for (int i = 0; i < 3; i++) {
            api.postWithoutBody(training("paged-models-shop"));
        }

        Response first = api.get(models("paged-models-shop") + "?limit=2");
        Response second = api.get(models("paged-models-shop") + "?limit=2&cursor=" + first.body().text("next_cursor"));

        assertEquals(List.of(3L, 2L), List.of(first.body().number("models[0].model_version"), first.body().number("models[1].model_version")));
        assertEquals(1, second.body().size("models"));
        assertEquals(1, second.body().number("models[0].model_version"));
        assertTrue(second.body().isNull("next_cursor"));
        for (String bad : List.of("limit=0", "limit=101", "limit=ten", "cursor=not-a-cursor")) {
            Response refused = api.get(models("paged-models-shop") + "?" + bad);
            assertEquals(400, refused.status(), bad);
            assertEquals("urn:cartwise:problem:invalid-input", refused.body().text("type"), bad);
            assertEquals(bad.substring(0, bad.indexOf('=')), refused.body().text("field"), bad);
        }
        assertEquals("limit: must be a whole number, but was 'ten'", api.get(models("paged-models-shop") + "?limit=ten").body().text("detail"));
    }

    @Test
    void aShopWithoutModelsListsNoneAndAnUnknownVersionIsNotFound() {
        givenShop("modelless-shop");

        Response none = api.get(models("modelless-shop"));
        Response missing = api.get(models("modelless-shop") + "/1");

        assertEquals(200, none.status());
        assertEquals(0, none.body().size("models"));
        assertEquals(404, missing.status());
        assertEquals("urn:cartwise:problem:model-not-found", missing.body().text("type"));
        assertEquals(404, api.get(models("no-such-shop")).status());
    }

    @Test
    void ranksByTheMetricTheMerchantAsksForAndNumbersEachNewModel() {
        givenSkiShopWithHistory("chosen-metric-shop");
        api.postWithoutBody(training("chosen-metric-shop"));

        Response trained = api.post(training("chosen-metric-shop"), """
                {"metric": "lift"}""");

        assertEquals(201, trained.status());
        assertEquals(2, trained.body().number("report.model_version"));
        assertEquals("lift", trained.body().text("report.metric"));
    }

    @Test
    void rejectsAMetricItDoesNotKnowNamingTheField() {
        givenSkiShopWithHistory("unknown-metric-shop");

        Response bad = api.post(training("unknown-metric-shop"), """
                {"metric": "magic"}""");

        assertEquals(400, bad.status());
        assertEquals("metric", bad.body().text("field"));
        assertEquals(Optional.empty(), cartwise.modelStore.latest(ShopId.of("unknown-metric-shop")));
    }

    @Test
    void refusesAMisspeltMemberRatherThanTrainingWhatWasNotAskedFor() {
        givenSkiShopWithHistory("misspelt-metric-shop");

        Response bad = api.post(training("misspelt-metric-shop"), """
                {"metrc": "cosine"}""");

        assertEquals(400, bad.status());
        assertEquals("metrc", bad.body().text("field"));
        assertEquals("metrc: is not a member of this request; its members are metric", bad.body().text("detail"));
        assertEquals(Optional.empty(), cartwise.modelStore.latest(ShopId.of("misspelt-metric-shop")));
    }

    @Test
    void answers404ForAnUnknownShop() {
        Response missing = api.postWithoutBody(training("no-such-shop"));

        assertEquals(404, missing.status());
        assertEquals("urn:cartwise:problem:shop-not-found", missing.body().text("type"));
    }

    @Test
    void tellsTheMerchantToImportOrdersWhenThereAreNone() {
        givenShop("empty-shop");

        Response nothing = api.postWithoutBody(training("empty-shop"));

        assertEquals(409, nothing.status());
        assertEquals("application/problem+json", nothing.contentType());
        assertEquals("urn:cartwise:problem:nothing-to-learn", nothing.body().text("type"));
        assertTrue(nothing.body().text("detail").contains("import a Shopify orders export"), nothing.body().text("detail"));
        assertEquals(Optional.empty(), cartwise.modelStore.latest(ShopId.of("empty-shop")));
    }

    @Test
    void tellsTheMerchantToImportTheCatalogueWhenNoOrderLineMatchesIt() {
        givenShop("orders-only-shop");
        api.uploadAndWait(imports("orders-only-shop"), "orders_export.csv", SkiShopExports.ORDERS);

        Response nothing = api.postWithoutBody(training("orders-only-shop"));

        assertEquals(409, nothing.status());
        assertEquals("None of the 20 lines of the shop's 10 orders matches a catalogue variant by SKU or by name: import"
                + " the products export (Products > Export) these orders were placed from, then train again.",
                nothing.body().text("detail"));
    }

    private static List<Integer> rowsOfRole(Response trained, String role) {
        return IntStream.range(0, trained.body().size("evaluation.results"))
                .filter(i -> trained.body().text("evaluation.results[" + i + "].role").equals(role)).boxed().toList();
    }
}
