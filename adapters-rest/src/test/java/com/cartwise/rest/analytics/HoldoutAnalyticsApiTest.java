package com.cartwise.rest.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.analytics.KnownHoldoutEvents;
import com.cartwise.rest.Api.Response;
import com.cartwise.rest.ApiTest;
import com.cartwise.rest.Json;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The A/B holdout report over HTTP, from {@link KnownHoldoutEvents} (every figure worked out by
 * hand there; the intervals checked against scipy in the domain's HoldoutFiguresTest).
 */
@MicronautTest
class HoldoutAnalyticsApiTest extends ApiTest {
    private static final String SHOP = "holdout-analytics";
    private static final String MARCH = "from=2026-03-01&to=2026-03-31";

    @BeforeEach
    void givenTheKnownHoldout() {
        givenShopWithEvents(SHOP, KnownHoldoutEvents.ALL);
    }

    private Json report(String query) {
        Response answer = api.get("/api/v1/shops/" + SHOP + "/analytics/holdout?" + query);
        assertEquals(200, answer.status(), String.valueOf(answer.body()));
        return answer.body();
    }

    @Test
    void bothArmsWithTheirAcceptanceAndOrderValues() {
        Json body = report(MARCH);

        assertEquals("EUR", body.text("currency"));
        assertEquals("treatment", body.text("rows[0].arm"));
        assertEquals(3, body.number("rows[0].answers"));
        assertEquals(3, body.number("rows[0].impressions"));
        assertEquals(5, body.number("rows[0].shown"));
        assertEquals(3, body.number("rows[0].accepted"));
        assertEquals(0.6, body.decimal("rows[0].acceptance_rate"));
        assertEquals(3, body.number("rows[0].orders"));
        assertEquals("240.00", body.text("rows[0].revenue"));
        assertEquals("80.00", body.text("rows[0].average_order_value"));
        assertEquals("control", body.text("rows[1].arm"));
        assertEquals(2, body.number("rows[1].answers"));
        assertEquals(1, body.number("rows[1].impressions"));
        assertEquals(0.5, body.decimal("rows[1].acceptance_rate"));
        assertEquals("60.00", body.text("rows[1].average_order_value"));
        assertEquals(1, body.number("mixed_orders"));
    }

    @Test
    void theLiftsWithTheirConfidenceIntervals() {
        Json body = report(MARCH);

        // 0.6 - 0.5 in [-0.4484, 0.5941] (Newcombe); 80.00 - 60.00 in [-29.75, 69.75] (Welch)
        assertEquals(0.1, body.decimal("lift.acceptance_rate.difference"));
        assertEquals(-0.4484, body.decimal("lift.acceptance_rate.lower"));
        assertEquals(0.5941, body.decimal("lift.acceptance_rate.upper"));
        assertFalse(body.node("lift.acceptance_rate.excludes_zero").getBooleanValue());
        assertEquals("20.00", body.text("lift.average_order_value.difference"));
        assertEquals("-29.75", body.text("lift.average_order_value.lower"));
        assertEquals("69.75", body.text("lift.average_order_value.upper"));
    }

    @Test
    void withoutEventsTheArmsAreZeroAndTheLiftsNull() {
        Json body = report("from=2026-05-01&to=2026-05-31");

        assertEquals(0, body.number("rows[0].answers"));
        assertEquals("0.00", body.text("rows[1].average_order_value"));
        assertTrue(body.isNull("lift.acceptance_rate"), body.toString());
        assertTrue(body.isNull("lift.average_order_value"), body.toString());
        assertEquals(0.0, body.decimal("holdout.share"));
        assertEquals("popularity", body.text("holdout.control"));
    }

    @Test
    void asCsvTheRowsPerArm() {
        String expected = """
                arm,answers,impressions,shown,accepted,acceptance_rate,orders,revenue,average_order_value
                treatment,3,3,5,3,0.6,3,240.00,80.00
                control,2,1,2,1,0.5,2,120.00,60.00
                """;

        assertEquals(expected, api.text("/api/v1/shops/" + SHOP + "/analytics/holdout?" + MARCH + "&format=csv").replace("\r\n", "\n"));
    }

    @Test
    void anUnknownShopIsNotFound() {
        assertEquals(404, api.get("/api/v1/shops/no-such-shop/analytics/holdout").status());
    }
}
