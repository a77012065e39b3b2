package com.cartwise.domain.analytics;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.catalog.Money;
import com.cartwise.domain.recommend.Source;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Something a till or storefront saw happen after Cartwise answered. Each kind checks its own
 * members, naming the field at fault as the APIs spell it ({@code shown[2].variant_id}); a batch
 * adds the event's place ({@code events[3].shown[2].variant_id}).
 */
public sealed interface Event {
    int MAX_VARIANTS = 100;

    EventId id();

    /** When it happened, by the sender's clock. */
    Instant occurredAt();

    EventType type();

    /** One recommended variant as the answer showed it, and where it came from. */
    record Shown(long variantId, Source source) {
        public Shown {
            InvalidInputException.require(variantId > 0, "variant_id", "must be a positive Cartwise variant id, but was " + variantId);
            InvalidInputException.require(source != null, "source", "is required: co_purchase or popularity");
        }
    }

    /**
     * Recommendations were shown.
     * @param shown the variants shown, in the answer's order
     * @param cartVariantIds the cart they were shown for (may be empty): makes the pairs report possible
     */
    record Impression(EventId id, Instant occurredAt, RecommendationId recommendationId, List<Shown> shown,
                      List<Long> cartVariantIds) implements Event {
        public Impression {
            requireCommon(id, occurredAt);
            InvalidInputException.require(recommendationId != null, "recommendation_id", "is required");
            InvalidInputException.require(shown != null && !shown.isEmpty() && shown.size() <= MAX_VARIANTS, "shown",
                    "must hold 1 to " + MAX_VARIANTS + " variants");
            shown = List.copyOf(shown);
            cartVariantIds = Event.requireVariantIds(cartVariantIds == null ? List.of() : cartVariantIds, "cart_variant_ids", 0);
        }

        @Override
        public EventType type() {
            return EventType.IMPRESSION;
        }
    }

    /** A shown recommendation was added to the cart. */
    record Accept(EventId id, Instant occurredAt, RecommendationId recommendationId, long variantId) implements Event {
        public Accept {
            requireCommon(id, occurredAt);
            InvalidInputException.require(recommendationId != null, "recommendation_id", "is required");
            InvalidInputException.require(variantId > 0, "variant_id", "must be a positive Cartwise variant id, but was " + variantId);
        }

        @Override
        public EventType type() {
            return EventType.ACCEPT;
        }
    }

    /**
     * An order was placed.
     * @param revenue the order's total, in the shop's currency
     * @param recommendationIds the answers the cart got (may be empty); all of them, for the A/B holdout's report
     */
    record Purchase(EventId id, Instant occurredAt, String orderId, Money revenue, List<Long> variantIds,
                    List<RecommendationId> recommendationIds) implements Event {
        public Purchase {
            requireCommon(id, occurredAt);
            requireOrderId(orderId);
            InvalidInputException.require(revenue != null, "revenue", "is required");
            variantIds = Event.requireVariantIds(variantIds, "variant_ids", 1);
            recommendationIds = List.copyOf(recommendationIds == null ? List.of() : recommendationIds);
        }

        @Override
        public EventType type() {
            return EventType.PURCHASE;
        }
    }

    /** A bundle was shown; {@code recommendationId} is the bundles-for-cart answer's, when one showed it. */
    record BundleView(EventId id, Instant occurredAt, BundleKey bundleKey, Optional<RecommendationId> recommendationId)
            implements Event {
        public BundleView {
            requireCommon(id, occurredAt);
            InvalidInputException.require(bundleKey != null, "bundle_key", "is required");
            InvalidInputException.require(recommendationId != null, "recommendation_id", "is required (or empty)");
        }

        @Override
        public EventType type() {
            return EventType.BUNDLE_VIEW;
        }
    }

    /** A bundle was bought: {@code revenue} is what the shopper paid for it, in the shop's currency. */
    record BundlePurchase(EventId id, Instant occurredAt, BundleKey bundleKey, Money revenue, Optional<String> orderId,
                          Optional<RecommendationId> recommendationId) implements Event {
        public BundlePurchase {
            requireCommon(id, occurredAt);
            InvalidInputException.require(bundleKey != null, "bundle_key", "is required");
            InvalidInputException.require(revenue != null, "revenue", "is required");
            InvalidInputException.require(orderId != null && recommendationId != null, "order_id", "is required (or empty)");
            orderId.ifPresent(Event::requireOrderId);
        }

        @Override
        public EventType type() {
            return EventType.BUNDLE_PURCHASE;
        }
    }

    private static void requireCommon(EventId id, Instant occurredAt) {
        InvalidInputException.require(id != null, "event_id", "is required");
        InvalidInputException.require(occurredAt != null, "occurred_at", "is required");
    }

    private static void requireOrderId(String orderId) {
        InvalidInputException.require(orderId != null && !orderId.isBlank(), "order_id", "is required");
        InvalidInputException.require(orderId.length() <= 100, "order_id", "must be at most 100 characters");
    }

    private static List<Long> requireVariantIds(List<Long> ids, String field, int least) {
        InvalidInputException.require(ids != null && ids.size() >= least && ids.size() <= MAX_VARIANTS, field,
                "must hold " + least + " to " + MAX_VARIANTS + " variant ids");
        HashSet<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            InvalidInputException.require(id != null && id > 0, field + "[" + i + "]", "must be a positive Cartwise variant id");
            InvalidInputException.require(seen.add(id), field + "[" + i + "]", "repeats variant " + id);
        }
        return List.copyOf(ids);
    }
}
