package com.cartwise.application.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.analytics.Event;
import com.cartwise.domain.analytics.EventId;
import com.cartwise.domain.catalog.Money;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordEventsTest {
    private static final ShopId SHOP = ShopId.of("alpine");

    private static InMemoryCartwise withShop() {
        InMemoryCartwise cartwise = new InMemoryCartwise(Clock.fixed(Instant.parse("2026-03-10T00:00:00Z"), ZoneOffset.UTC));
        cartwise.shops.add(new Shop(SHOP, "Alpine", Currency.getInstance("EUR")));
        return cartwise;
    }

    private static void assertRejected(String field, org.junit.jupiter.api.function.Executable attempt) {
        assertEquals(field, assertThrows(InvalidInputException.class, attempt).field());
    }

    @Test
    void recordsABatchAndSaysHowManyWereNew() {
        InMemoryCartwise cartwise = withShop();

        assertEquals(new RecordEvents.Result.Recorded(20, 20, 0),
                cartwise.recordEvents.execute(new RecordEvents.Command(SHOP, KnownEvents.ALL)));
        assertEquals(KnownEvents.ALL, cartwise.events.of(SHOP));
    }

    @Test
    void aRetryChangesNothingAndIsCountedAsDuplicates() {
        InMemoryCartwise cartwise = withShop();
        cartwise.recordEvents.execute(new RecordEvents.Command(SHOP, KnownEvents.ALL.subList(0, 5)));

        RecordEvents.Result retry = cartwise.recordEvents.execute(new RecordEvents.Command(SHOP, KnownEvents.ALL));

        assertEquals(new RecordEvents.Result.Recorded(20, 15, 5), retry);
        assertEquals(20, cartwise.events.of(SHOP).size());
    }

    @Test
    void anUnknownShopRecordsNothing() {
        InMemoryCartwise cartwise = withShop();
        ShopId unknown = ShopId.of("nowhere");

        assertEquals(new RecordEvents.Result.ShopNotFound(unknown),
                cartwise.recordEvents.execute(new RecordEvents.Command(unknown, KnownEvents.ALL)));
        assertEquals(List.of(), cartwise.events.of(unknown));
    }

    @Test
    void refusesRevenueInAnotherCurrencyNamingTheEventAndRecordsNothingOfTheBatch() {
        InMemoryCartwise cartwise = withShop();
        Event dollars = new Event.Purchase(new EventId("usd"), KnownEvents.DAY_1, "#9", Money.of("5.00", "USD"), List.of(1L), List.of());

        assertRejected("events[1].revenue.currency_code",
                () -> cartwise.recordEvents.execute(new RecordEvents.Command(SHOP, List.of(KnownEvents.ACCEPT_WAX, dollars))));
        assertEquals(List.of(), cartwise.events.of(SHOP));
    }

    @Test
    void aBatchHoldsOneToAThousandEventsNoneMissing() {
        assertRejected("events", () -> new RecordEvents.Command(SHOP, List.of()));
        assertRejected("events", () -> new RecordEvents.Command(SHOP, new ArrayList<>(Collections.nCopies(1001, KnownEvents.ACCEPT_WAX))));
        assertRejected("events[1]", () -> new RecordEvents.Command(SHOP, Arrays.asList(KnownEvents.ACCEPT_WAX, null)));
    }
}
