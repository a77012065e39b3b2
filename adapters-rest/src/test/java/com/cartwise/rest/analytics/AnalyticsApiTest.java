package com.cartwise.rest.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.application.analytics.KnownEvents;
import com.cartwise.rest.Api.Response;
import com.cartwise.rest.ApiTest;
import com.cartwise.rest.Json;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's analytics over HTTP, from {@link KnownEvents} (every figure worked out by hand
 * there and in the persistence contract): the JSON rows and the CSV with the same columns.
 */
@MicronautTest
class AnalyticsApiTest extends ApiTest {
    private static final String SHOP = "analytics-shop";
    private static final String MARCH = "from=2026-03-01&to=2026-03-31";

    @BeforeEach
    void givenTheKnownEvents() {
        givenShopWithEvents(SHOP, KnownEvents.ALL);
    }

    private Json report(String path) {
        Response answer = api.get("/api/v1/shops/" + SHOP + "/analytics/" + path);
        assertEquals(200, answer.status(), String.valueOf(answer.body()));
        return answer.body();
    }

    @Test
    void acceptancePerSourceThenPerVariant() {
        Json body = report("acceptance?" + MARCH + "&limit=2");

        assertEquals("2026-03-01", body.text("from"));
        assertEquals("2026-03-31", body.text("to"));
        assertEquals(4, body.size("rows"));
        assertEquals("co_purchase", body.text("rows[0].key"));
        assertEquals(5, body.number("rows[0].shown"));
        assertEquals(3, body.number("rows[0].accepted"));
        assertEquals(0.6, body.decimal("rows[0].acceptance_rate"));
        assertEquals("popularity", body.text("rows[1].key"));
        assertEquals(0.3333, body.decimal("rows[1].acceptance_rate"));
        assertEquals("variant", body.text("rows[2].dimension"));
        assertEquals("10", body.text("rows[2].key"));
        assertEquals(0.6667, body.decimal("rows[2].acceptance_rate"));
    }

    @Test
    void revenueWithAndWithoutAnAcceptedRecommendationAndFromBundles() {
        Json body = report("revenue?" + MARCH);

        assertEquals("EUR", body.text("rows[0].currency"));
        assertEquals(4, body.number("rows[0].orders"));
        assertEquals("220.00", body.text("rows[0].revenue"));
        assertEquals("55.00", body.text("rows[0].average_order_value"));
        assertEquals("160.00", body.text("rows[0].revenue_attributed_to_recommendations"));
        assertEquals("80.00", body.text("rows[0].average_order_value_with_accepted_recommendation"));
        assertEquals("30.00", body.text("rows[0].average_order_value_without_accepted_recommendation"));
        assertEquals(3, body.number("rows[0].bundle_purchases"));
        assertEquals("130.00", body.text("rows[0].revenue_attributed_to_bundles"));
    }

    @Test
    void topPairsAndBundles() {
        Json pairs = report("top-pairs?" + MARCH + "&limit=1");
        Json bundles = report("top-bundles?" + MARCH);

        assertEquals(1, pairs.size("rows"));
        assertEquals(1, pairs.number("rows[0].cart_variant_id"));
        assertEquals(10, pairs.number("rows[0].variant_id"));
        assertEquals(1.0, pairs.decimal("rows[0].acceptance_rate"));
        assertEquals(List.of(KnownEvents.BUNDLE_A.value(), KnownEvents.BUNDLE_B.value()),
                List.of(bundles.text("rows[0].bundle_key"), bundles.text("rows[1].bundle_key")));
        assertEquals(0.6667, bundles.decimal("rows[0].conversion"));
        assertEquals("100.00", bundles.text("rows[0].revenue"));
    }

    @Test
    void aWeeklySeriesAsCsvByQueryOrByAcceptHeader() {
        String expected = """
                start,shown,accepted,acceptance_rate,orders,revenue,orders_with_accepted_recommendation,\
                revenue_attributed_to_recommendations,bundle_views,bundle_purchases,revenue_attributed_to_bundles
                2026-03-02,5,2,0.4,2,140.00,1,100.00,3,1,50.00
                2026-03-09,3,2,0.6667,2,80.00,1,60.00,1,2,80.00
                """;
        String path = "/api/v1/shops/" + SHOP + "/analytics/series?" + MARCH + "&granularity=week";

        assertEquals(expected, api.text(path + "&format=csv").replace("\r\n", "\n"));
        assertEquals(expected, api.text(path, "text/csv").replace("\r\n", "\n"));
        assertEquals(3, report("series?" + MARCH).size("rows"));
    }

    @Test
    void refusesABadPeriodGranularityOrFormatAndAnUnknownShop() {
        String base = "/api/v1/shops/" + SHOP + "/analytics/";
        assertInvalidInputNaming("to", api.get(base + "series?from=2026-03-31&to=2026-03-01"));
        assertInvalidInputNaming("from", api.get(base + "series?from=March"));
        assertInvalidInputNaming("granularity", api.get(base + "series?granularity=hour"));
        assertInvalidInputNaming("format", api.get(base + "revenue?format=xml"));
        assertInvalidInputNaming("limit", api.get(base + "top-pairs?limit=0"));
        assertEquals(404, api.get("/api/v1/shops/no-such-shop/analytics/revenue").status());
    }
}
