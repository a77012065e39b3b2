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

    /*
     * The ski shop's ten orders, oldest first; the evaluation trains on the oldest 8 (80 %) and
     * tests the 2 after them:
     *   #1009 POLE-120, WAX: cart POLE-120, held out WAX. In training POLE-120 went with WAX and
     *         GLOVE only, so WAX is in every metric's top 2: a hit.
     *   #1010 WAX, GLOVE: cart WAX, held out GLOVE. In training WAX (6 orders) went with
     *         POLE-120 (2 of 2 orders), POLE-130 (1 of 1), GOG (1 of 3), GLOVE (1 of 3). Every
     *         metric ranks POLE-120 first and POLE-130 second (co-occurrence and confidence by the
     *         tie-break on the lower variant id, cosine 1/sqrt(6) > 1/sqrt(18), lift 8/6 = 16/12
     *         ties POLE-120), so GLOVE is missed.
     * Each metric: 2 cases, 1 hit, hit rate 1/2, precision 1/(2*2), recall 1/2; on a tie the
     * first metric listed, co_occurrence, is chosen.
     */
    @Test
    void trainsOnTheShopsOrdersAndReportsTheEvaluationBehindItsChoiceOfMetric() {
        givenSkiShopWithHistory("trained-shop");

        Response trained = api.postWithoutBody(models("trained-shop"));

        assertEquals(201, trained.status());
        assertEquals(new TreeSet<>(Set.of("model_version", "metric", "trained_at", "orders", "baskets", "lines",
                "unresolved_lines", "variants", "pairs", "evaluation")), trained.body().fields());
        assertEquals(1, trained.body().number("model_version"));
        assertEquals("co_occurrence", trained.body().text("metric"));
        assertEquals("2025-01-15T09:30:00Z", trained.body().text("trained_at"));
        assertEquals(10, trained.body().number("orders"));
        assertEquals(10, trained.body().number("baskets"));
        assertEquals(20, trained.body().number("lines"));
        assertEquals(1, trained.body().number("unresolved_lines"));
        // WAX, POLE-120, POLE-130, GOG, GLOVE; pairs WAX-POLE120, WAX-GOG, WAX-GLOVE, POLE120-GLOVE, GOG-GLOVE, POLE130-WAX.
        assertEquals(5, trained.body().number("variants"));
        assertEquals(6, trained.body().number("pairs"));
        assertEquals(2, trained.body().number("evaluation.k"));
        assertEquals(8, trained.body().number("evaluation.training_orders"));
        assertEquals(2, trained.body().number("evaluation.validation_orders"));
        assertEquals(2, trained.body().number("evaluation.cases"));
        assertEquals(List.of("co_occurrence", "cosine", "confidence", "lift"), metricsEvaluated(trained));
        for (int i = 0; i < 4; i++) {
            String result = "evaluation.results[" + i + "]";
            assertEquals(new TreeSet<>(Set.of("metric", "hits", "hit_rate", "precision", "recall")), trained.body().fields(result));
            assertEquals(1, trained.body().number(result + ".hits"));
            assertEquals(0.5, trained.body().decimal(result + ".hit_rate"));
            assertEquals(0.25, trained.body().decimal(result + ".precision"));
            assertEquals(0.5, trained.body().decimal(result + ".recall"));
        }
    }

    @Test
    void ranksByTheMetricTheMerchantAsksForAndNumbersEachNewModel() {
        givenSkiShopWithHistory("chosen-metric-shop");
        api.postWithoutBody(models("chosen-metric-shop"));

        Response trained = api.post(models("chosen-metric-shop"), """
                {"metric": "lift"}""");

        assertEquals(201, trained.status());
        assertEquals(2, trained.body().number("model_version"));
        assertEquals("lift", trained.body().text("metric"));
    }

    @Test
    void rejectsAMetricItDoesNotKnowNamingTheField() {
        givenSkiShopWithHistory("unknown-metric-shop");

        Response bad = api.post(models("unknown-metric-shop"), """
                {"metric": "magic"}""");

        assertEquals(400, bad.status());
        assertEquals("metric", bad.body().text("field"));
        assertEquals(Optional.empty(), cartwise.modelStore.latest(ShopId.of("unknown-metric-shop")));
    }

    @Test
    void answers404ForAnUnknownShop() {
        Response missing = api.postWithoutBody(models("no-such-shop"));

        assertEquals(404, missing.status());
        assertEquals("urn:cartwise:problem:shop-not-found", missing.body().text("type"));
    }

    @Test
    void tellsTheMerchantToImportOrdersWhenThereAreNone() {
        givenShop("empty-shop");

        Response nothing = api.postWithoutBody(models("empty-shop"));

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

        Response nothing = api.postWithoutBody(models("orders-only-shop"));

        assertEquals(409, nothing.status());
        assertEquals("None of the 20 lines of the shop's 10 orders matches a catalogue variant by SKU or by name: import"
                + " the products export (Products > Export) these orders were placed from with POST"
                + " /api/v1/shops/orders-only-shop/imports, then train again.", nothing.body().text("detail"));
    }

    private static List<String> metricsEvaluated(Response trained) {
        return IntStream.range(0, trained.body().size("evaluation.results"))
                .mapToObj(i -> trained.body().text("evaluation.results[" + i + "].metric")).toList();
    }
}
