package com.cartwise.rest.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.analytics.Event;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.Api.Response;
import com.cartwise.rest.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** POST /api/v1/shops/{shop_id}/events: a batch of events, idempotent by event id, each refused by the field at fault. */
@MicronautTest
class EventsApiTest extends ApiTest {
    static final String EVERY_TYPE = """
            {"events": [
              {"event_id": "e1", "type": "impression", "occurred_at": "2026-03-02T10:00:00Z",
               "recommendation_id": "11111111111111111111111111111111", "cart_variant_ids": [1],
               "shown": [{"variant_id": 10, "source": "co_purchase"}, {"variant_id": 12, "source": "popularity"}]},
              {"event_id": "e2", "type": "accept", "occurred_at": "2026-03-02T10:00:05Z",
               "recommendation_id": "11111111111111111111111111111111", "variant_id": 10},
              {"event_id": "e3", "type": "purchase", "occurred_at": "2026-03-02T10:04:00Z", "order_id": "#1001",
               "revenue": {"amount": "112.00", "currency_code": "EUR"}, "variant_ids": [1, 10],
               "recommendation_ids": ["11111111111111111111111111111111"]},
              {"event_id": "e4", "type": "bundle_view", "occurred_at": "2026-03-02T10:00:00Z",
               "bundle_key": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
              {"event_id": "e5", "type": "bundle_purchase", "occurred_at": "2026-03-02T10:04:00Z",
               "bundle_key": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "revenue": {"amount": "50.00", "currency_code": "EUR"}}
            ]}""";

    private static String events(String shop) {
        return "/api/v1/shops/" + shop + "/events";
    }

    @Test
    void recordsEveryTypeOfEventAndARetryChangesNothing() {
        givenShop("events-shop");

        Response first = api.post(events("events-shop"), EVERY_TYPE);
        Response retry = api.post(events("events-shop"), EVERY_TYPE);

        assertEquals(200, first.status(), first.body().toString());
        assertEquals(5, first.body().number("received"));
        assertEquals(5, first.body().number("recorded"));
        assertEquals(0, first.body().number("duplicates"));
        assertEquals(0, retry.body().number("recorded"));
        assertEquals(5, retry.body().number("duplicates"));
        List<Event> kept = cartwise.events.of(ShopId.of("events-shop"));
        assertEquals(List.of("impression", "accept", "purchase", "bundle_view", "bundle_purchase"),
                kept.stream().map(e -> e.type().wireName()).toList());
        Event.Purchase purchase = (Event.Purchase) kept.get(2);
        assertEquals("112.00", purchase.revenue().amountText());
        assertEquals(List.of(1L, 10L), purchase.variantIds());
    }

    @Test
    void answers404ForAnUnknownShop() {
        assertEquals(404, api.post(events("no-such-shop"), EVERY_TYPE).status());
    }

    @Nested
    class Refuses {
        private Response send(String eventJson) {
            givenShopOnce();
            return api.post(events("refusing-shop"), "{\"events\": [{\"event_id\": \"ok\", \"type\": \"accept\", "
                    + "\"occurred_at\": \"2026-03-02T10:00:00Z\", \"recommendation_id\": \"11111111111111111111111111111111\", "
                    + "\"variant_id\": 10}, " + eventJson + "]}");
        }

        private void givenShopOnce() {
            if (cartwise.shops.find(ShopId.of("refusing-shop")).isEmpty()) {
                givenShop("refusing-shop");
            }
        }

        @Test
        void anUnknownTypeByItsPlaceInTheBatch() {
            assertInvalidInputNaming("events[1].type", send("{\"event_id\": \"x\", \"type\": \"click\", \"occurred_at\": \"2026-03-02T10:00:00Z\"}"));
        }

        @Test
        void aMissingEventId() {
            assertInvalidInputNaming("events[1].event_id", send("{\"type\": \"accept\", \"occurred_at\": \"2026-03-02T10:00:00Z\"}"));
        }

        @Test
        void aTimeThatIsNoInstant() {
            assertInvalidInputNaming("events[1].occurred_at", send("{\"event_id\": \"x\", \"type\": \"accept\", \"occurred_at\": \"yesterday\"}"));
        }

        @Test
        void anAcceptWithoutItsAnswersId() {
            assertInvalidInputNaming("events[1].recommendation_id",
                    send("{\"event_id\": \"x\", \"type\": \"accept\", \"occurred_at\": \"2026-03-02T10:00:00Z\", \"variant_id\": 3}"));
        }

        @Test
        void aShownVariantWithoutItsSource() {
            assertInvalidInputNaming("events[1].shown[0].source", send("{\"event_id\": \"x\", \"type\": \"impression\", "
                    + "\"occurred_at\": \"2026-03-02T10:00:00Z\", \"recommendation_id\": \"11111111111111111111111111111111\", "
                    + "\"shown\": [{\"variant_id\": 3}]}"));
        }

        @Test
        void revenueInAnotherCurrencyThanTheShops() {
            assertInvalidInputNaming("events[1].revenue.currency_code", send("{\"event_id\": \"x\", \"type\": \"purchase\", "
                    + "\"occurred_at\": \"2026-03-02T10:00:00Z\", \"order_id\": \"#1\", \"variant_ids\": [1], "
                    + "\"revenue\": {\"amount\": \"5.00\", \"currency_code\": \"USD\"}}"));
        }

        @Test
        void aNegativeRevenue() {
            assertInvalidInputNaming("events[1].revenue.amount", send("{\"event_id\": \"x\", \"type\": \"bundle_purchase\", "
                    + "\"occurred_at\": \"2026-03-02T10:00:00Z\", \"bundle_key\": \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", "
                    + "\"revenue\": {\"amount\": \"-5.00\", \"currency_code\": \"EUR\"}}"));
        }

        @Test
        void anEmptyBatchAndKeepsNothingOfARefusedOne() {
            givenShopOnce();
            assertInvalidInputNaming("events", api.post(events("refusing-shop"), "{\"events\": []}"));
            send("{\"type\": \"nope\"}");
            assertEquals(List.of(), cartwise.events.of(ShopId.of("refusing-shop")));
        }
    }
}
