package com.cartwise.persistence.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.application.analytics.KnownEvents;
import com.cartwise.application.port.Events;
import com.cartwise.domain.analytics.Event;
import com.cartwise.domain.analytics.EventId;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.catalog.Money;
import com.cartwise.domain.pricing.BundleOutcome;
import com.cartwise.domain.pricing.DiscountRate;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.testing.Ports;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@code Events} does, the in-memory one and PostgreSQL's alike. */
abstract class EventsContract {

    protected abstract Ports ports();

    protected abstract Events events();

    private ShopId newShop() {
        ShopId id = ShopId.of("events-" + UUID.randomUUID());
        ports().shops().add(new Shop(id, "Alpine", Currency.getInstance("EUR")));
        return id;
    }

    @Test
    void recordsEveryTypeOfEventAndCountsThemNew() {
        assertEquals(KnownEvents.ALL.size(), events().record(newShop(), KnownEvents.ALL));
    }

    @Test
    void aRetriedBatchRecordsNothingNew() {
        ShopId shop = newShop();
        events().record(shop, KnownEvents.ALL);

        assertEquals(0, events().record(shop, KnownEvents.ALL));
    }

    @Test
    void anIdRepeatedWithinABatchOrAlreadyKeptCountsOnceEvenWithOtherContent() {
        ShopId shop = newShop();
        events().record(shop, List.of(KnownEvents.ACCEPT_WAX));

        Event sameIdOtherContent = new Event.Accept(KnownEvents.ACCEPT_WAX.id(), KnownEvents.DAY_2, KnownEvents.ANSWER_1, 99);
        int recorded = events().record(shop, List.of(KnownEvents.IMPRESSION_1, KnownEvents.IMPRESSION_1, sameIdOtherContent));

        assertEquals(1, recorded);
    }

    @Test
    void oneShopsEventIdsAreNotAnothers() {
        events().record(newShop(), KnownEvents.ALL);

        assertEquals(KnownEvents.ALL.size(), events().record(newShop(), KnownEvents.ALL));
    }

    @Test
    void theOutcomesOfNewEventsAreAddedForTheBanditAndARetryAddsNothing() {
        ShopId shop = newShop();
        BundleOutcome viewed = new BundleOutcome(KnownEvents.BUNDLE_A, Objective.INCREASE_AOV, DiscountRate.ofPercent(10), 1, 0,
                BigDecimal.ZERO);
        BundleOutcome bought = new BundleOutcome(KnownEvents.BUNDLE_A, Objective.INCREASE_AOV, DiscountRate.ofPercent(10), 1, 1,
                new BigDecimal("50.00"));
        Event view = new Event.BundleView(new EventId("v1"), KnownEvents.DAY_1, KnownEvents.BUNDLE_A, Optional.empty());
        Event buy = new Event.BundlePurchase(new EventId("b1"), KnownEvents.DAY_2, KnownEvents.BUNDLE_A, Money.of("50.00", "EUR"),
                Optional.of("#2"), Optional.empty());
        List<Event> batch = List.of(view, buy);
        Map<EventId, BundleOutcome> taught = Map.of(view.id(), viewed, buy.id(), bought);

        events().record(shop, batch, taught);
        events().record(shop, batch, taught);

        List<BundleOutcome> outcomes = ports().bundleOutcomes().of(shop);
        assertEquals(1, outcomes.size(), outcomes.toString());
        assertEquals(2, outcomes.getFirst().impressions());
        assertEquals(1, outcomes.getFirst().purchases());
        assertEquals(0, new BigDecimal("50.00").compareTo(outcomes.getFirst().revenue()));
    }

    @Test
    void aBatchLargerThanOneStatementIsRecordedWhole() {
        ShopId shop = newShop();
        List<Event> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add(KnownEvents.accept("bulk-" + i, KnownEvents.ANSWER_1, 1 + i % 7));
        }

        assertEquals(1000, events().record(shop, many));
        assertEquals(0, events().record(shop, many.subList(400, 700)));
    }
}
