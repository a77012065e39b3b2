package com.cartwise.application.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.application.bundles.ActiveBundle;
import com.cartwise.application.bundles.GearShop;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.domain.analytics.Event;
import com.cartwise.domain.analytics.EventId;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.catalog.Money;
import com.cartwise.domain.pricing.BundleOutcome;
import com.cartwise.domain.pricing.DiscountRate;
import com.cartwise.domain.pricing.PricedBundle;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Views and purchases of a live bundle reach the discount bandit's outcomes, once per event. */
class BundleEventsTeachTheBanditTest {

    private static InMemoryCartwise withLivePairs() {
        InMemoryCartwise cartwise = GearShop.imported();
        GearShop.withLivePairs(cartwise);
        return cartwise;
    }

    private static List<Event> viewedTwiceBoughtOnce(BundleKey bundle) {
        return List.of(
                new Event.BundleView(new EventId("view-1"), GearShop.NOW, bundle, Optional.empty()),
                new Event.BundleView(new EventId("view-2"), GearShop.NOW, bundle, Optional.empty()),
                new Event.BundlePurchase(new EventId("buy-1"), GearShop.NOW, bundle, Money.of("120.00", "EUR"), Optional.of("#7"),
                        Optional.empty()));
    }

    private static void record(InMemoryCartwise cartwise, List<Event> events) {
        cartwise.recordEvents.execute(new RecordEvents.Command(GearShop.ID, events));
    }

    @Test
    void aLiveBundlesViewsAndPurchaseAddToItsObjectiveAtItsOfferedDiscount() {
        InMemoryCartwise cartwise = withLivePairs();
        ActiveBundle live = cartwise.activeBundles.active(GearShop.ID).getFirst();
        PricedBundle priced = live.proposal().bundle().priced();

        record(cartwise, viewedTwiceBoughtOnce(priced.ranked().candidate().key()));

        // two views and a purchase (itself a showing) at the weights of one each
        assertEquals(List.of(new BundleOutcome(priced.ranked().candidate().key(), priced.ranked().candidate().objective(),
                        DiscountRate.wholePercentNear(priced.price().effectiveRate().asDouble()), 3, 1, new BigDecimal("120.00"))),
                cartwise.bundleOutcomes.of(GearShop.ID));
    }

    @Test
    void aRetriedBatchTeachesNothingTwice() {
        InMemoryCartwise cartwise = withLivePairs();
        BundleKey bundle = cartwise.activeBundles.active(GearShop.ID).getFirst().proposal().bundle().priced().ranked().candidate().key();
        record(cartwise, viewedTwiceBoughtOnce(bundle));
        List<BundleOutcome> once = cartwise.bundleOutcomes.of(GearShop.ID);

        record(cartwise, viewedTwiceBoughtOnce(bundle));

        assertEquals(once, cartwise.bundleOutcomes.of(GearShop.ID));
    }

    @Test
    void eventsOfABundleTheShopNeverMadeLiveAreKeptButTeachNothing() {
        InMemoryCartwise cartwise = withLivePairs();

        record(cartwise, viewedTwiceBoughtOnce(new BundleKey("0123456789abcdef0123456789abcdef")));

        assertEquals(3, cartwise.events.of(GearShop.ID).size());
        assertEquals(List.of(), cartwise.bundleOutcomes.of(GearShop.ID));
    }
}
