package com.cartwise.rest.analytics;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.analytics.Event;
import com.cartwise.domain.analytics.EventId;
import com.cartwise.domain.analytics.EventType;
import com.cartwise.domain.analytics.RecommendationId;
import com.cartwise.domain.analytics.Revenue;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.catalog.Money;
import com.cartwise.domain.recommend.Source;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One event of {@code POST /api/v1/shops/{shop_id}/events}, the REST twin of the proto's Event: its
 * {@code type} says which of the other members it uses (docs/API.md).
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record EventJson(@Nullable String eventId, @Nullable String type, @Nullable String occurredAt,
                        @Nullable String recommendationId, @Nullable List<ShownJson> shown, @Nullable List<Long> cartVariantIds,
                        @Nullable Long variantId, @Nullable String orderId, @Nullable MoneyJson revenue,
                        @Nullable List<Long> variantIds, @Nullable List<String> recommendationIds, @Nullable String bundleKey) {

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record ShownJson(@Nullable Long variantId, @Nullable String source) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record MoneyJson(@Nullable String amount, @Nullable String currencyCode) {
    }

    /** @throws InvalidInputException naming the member at fault, e.g. {@code shown[1].source} */
    Event toEvent() {
        EventId id = new EventId(eventId);
        EventType kind = EventType.fromWireName(type);
        Instant at = instant(occurredAt);
        return switch (kind) {
            case IMPRESSION -> new Event.Impression(id, at, answer(recommendationId), shownVariants(), cartVariantIds);
            case ACCEPT -> new Event.Accept(id, at, answer(recommendationId), required(variantId, "variant_id"));
            case PURCHASE -> new Event.Purchase(id, at, orderId, money(), variantIds, answers());
            case BUNDLE_VIEW -> new Event.BundleView(id, at, bundle(), Optional.ofNullable(recommendationId).map(RecommendationId::new));
            case BUNDLE_PURCHASE -> new Event.BundlePurchase(id, at, bundle(), money(), Optional.ofNullable(orderId),
                    Optional.ofNullable(recommendationId).map(RecommendationId::new));
        };
    }

    static Instant instant(String text) {
        InvalidInputException.require(text != null, "occurred_at", "is required");
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("occurred_at", "'" + text + "' is not an ISO 8601 instant such as 2026-03-02T10:00:00Z");
        }
    }

    private static RecommendationId answer(String value) {
        InvalidInputException.require(value != null, "recommendation_id", "is required");
        return new RecommendationId(value);
    }

    private static long required(Long value, String field) {
        InvalidInputException.require(value != null, field, "is required");
        return value;
    }

    private BundleKey bundle() {
        InvalidInputException.require(bundleKey != null, "bundle_key", "is required");
        return new BundleKey(bundleKey);
    }

    private Money money() {
        InvalidInputException.require(revenue != null, "revenue", "is required: {\"amount\": \"12.50\", \"currency_code\": \"EUR\"}");
        return Revenue.parse(revenue.amount(), revenue.currencyCode());
    }

    private List<Event.Shown> shownVariants() {
        InvalidInputException.require(shown != null, "shown", "is required: the variants the answer showed");
        List<Event.Shown> all = new ArrayList<>(shown.size());
        for (int i = 0; i < shown.size(); i++) {
            ShownJson one = shown.get(i);
            String field = "shown[" + i + "]";
            InvalidInputException.require(one != null, field, "must be an object such as {\"variant_id\": 5, \"source\": \"co_purchase\"}");
            try {
                all.add(new Event.Shown(required(one.variantId(), "variant_id"), Source.fromWireName(one.source())));
            } catch (InvalidInputException e) {
                throw e.within(field);
            }
        }
        return all;
    }

    private List<RecommendationId> answers() {
        if (recommendationIds == null) {
            return List.of();
        }
        List<RecommendationId> all = new ArrayList<>(recommendationIds.size());
        for (int i = 0; i < recommendationIds.size(); i++) {
            try {
                all.add(new RecommendationId(recommendationIds.get(i)));
            } catch (InvalidInputException e) {
                throw new InvalidInputException("recommendation_ids[" + i + "]", e.problem());
            }
        }
        return all;
    }
}
