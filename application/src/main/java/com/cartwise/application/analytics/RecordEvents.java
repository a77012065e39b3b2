package com.cartwise.application.analytics;

import com.cartwise.application.port.ActiveBundles;
import com.cartwise.application.port.Events;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.analytics.Event;
import com.cartwise.domain.analytics.EventId;
import com.cartwise.domain.analytics.EventWeights;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.catalog.Money;
import com.cartwise.domain.pricing.BundleEventOutcomes;
import com.cartwise.domain.pricing.BundleOutcome;
import com.cartwise.domain.pricing.PricedBundle;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A till or storefront reports what happened after Cartwise answered: recommendations shown and
 * accepted, orders placed, bundles seen and bought. Idempotent by event id, so a sender that is not
 * sure its batch arrived sends it again. Views and purchases of a bundle the shop has made live
 * teach the discount bandit ({@link BundleEventOutcomes}, weighted by {@link EventWeights}), once
 * per event; those of a key the shop never made live are kept for the analytics only, since no
 * discount was offered with them.
 */
public final class RecordEvents {
    public static final int MAX_EVENTS = 1000;

    private final Shops shops;
    private final Events events;
    private final ActiveBundles activeBundles;
    private final EventWeights weights;

    public RecordEvents(Shops shops, Events events, ActiveBundles activeBundles, EventWeights weights) {
        this.shops = shops;
        this.events = events;
        this.activeBundles = activeBundles;
        this.weights = weights;
    }

    /** @param events 1 to {@value #MAX_EVENTS} events, each already valid on its own */
    public record Command(ShopId shop, List<Event> events) {
        public Command {
            InvalidInputException.require(shop != null, "shop_id", "is required");
            InvalidInputException.require(events != null && !events.isEmpty() && events.size() <= MAX_EVENTS, "events",
                    "must hold 1 to " + MAX_EVENTS + " events, but held " + (events == null ? 0 : events.size()));
            for (int i = 0; i < events.size(); i++) {
                InvalidInputException.require(events.get(i) != null, "events[" + i + "]", "is required");
            }
            events = List.copyOf(events);
        }
    }

    public Result execute(Command command) {
        Optional<Shop> shop = shops.find(command.shop());
        if (shop.isEmpty()) {
            return new Result.ShopNotFound(command.shop());
        }
        requireShopCurrency(command.events(), shop.get());
        int recorded = events.record(command.shop(), command.events(), outcomes(command.shop(), command.events()));
        return new Result.Recorded(command.events().size(), recorded, command.events().size() - recorded);
    }

    /** What each bundle event of the batch would teach the bandit, if it is new: its bundle's objective at its offered discount. */
    private Map<EventId, BundleOutcome> outcomes(ShopId shop, List<Event> batch) {
        Map<BundleKey, Optional<PricedBundle>> offered = new HashMap<>();
        Map<EventId, BundleOutcome> outcomes = new HashMap<>();
        for (Event event : batch) {
            BundleEventOutcomes.bundleOf(event)
                    .flatMap(key -> offered.computeIfAbsent(key, k -> activeBundles.find(shop, k).map(b -> b.proposal().bundle().priced())))
                    .flatMap(priced -> BundleEventOutcomes.of(event, priced.ranked().candidate().objective(), priced.price().effectiveRate(),
                            weights))
                    .ifPresent(outcome -> outcomes.putIfAbsent(event.id(), outcome));
        }
        return outcomes;
    }

    /** One currency per shop keeps every sum and average of the analytics meaningful. */
    private static void requireShopCurrency(List<Event> batch, Shop shop) {
        for (int i = 0; i < batch.size(); i++) {
            Optional<Money> revenue = switch (batch.get(i)) {
                case Event.Purchase p -> Optional.of(p.revenue());
                case Event.BundlePurchase p -> Optional.of(p.revenue());
                case Event.Impression ignored -> Optional.empty();
                case Event.Accept ignored -> Optional.empty();
                case Event.BundleView ignored -> Optional.empty();
            };
            if (revenue.isPresent() && !revenue.get().currency().equals(shop.currency())) {
                throw new InvalidInputException("events[" + i + "].revenue.currency_code", "must be the shop's currency "
                        + shop.currency().getCurrencyCode() + ", but was " + revenue.get().currency().getCurrencyCode());
            }
        }
    }

    public sealed interface Result {
        /**
         * @param received the events in the batch
         * @param recorded those new to the shop, now kept
         * @param duplicates those whose id was kept already (a retry), or repeated within the batch
         */
        record Recorded(int received, int recorded, int duplicates) implements Result {
        }

        record ShopNotFound(ShopId shop) implements Result {
        }
    }
}
