package com.cartwise.grpc;

import com.cartwise.application.analytics.RecordEvents;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.analytics.Event;
import com.cartwise.domain.analytics.EventId;
import com.cartwise.domain.analytics.RecommendationId;
import com.cartwise.domain.analytics.Revenue;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.catalog.Money;
import com.cartwise.domain.recommend.Source;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.proto.v1.RecordEventsRequest;
import com.cartwise.proto.v1.Shown;
import com.google.protobuf.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns the proto's events into the domain's; every rule breach names the field as the request spells it (events[3].accept.variant_id). */
final class EventRequests {
    private EventRequests() {
    }

    static RecordEvents.Command toCommand(RecordEventsRequest request) {
        ShopId shop = ShopId.of(request.getShopId());
        InvalidInputException.require(request.getEventsCount() > 0, "events", "the batch must hold at least one event");
        List<Event> events = new ArrayList<>(request.getEventsCount());
        for (int i = 0; i < request.getEventsCount(); i++) {
            try {
                events.add(toEvent(request.getEvents(i)));
            } catch (InvalidInputException e) {
                throw e.within("events[" + i + "]");
            }
        }
        return new RecordEvents.Command(shop, events);
    }

    private static Event toEvent(com.cartwise.proto.v1.Event event) {
        EventId id = new EventId(event.getEventId());
        InvalidInputException.require(event.hasOccurredAt(), "occurred_at", "is required");
        Instant at = instant(event.getOccurredAt());
        try {
            return switch (event.getTypeCase()) {
                case IMPRESSION -> new Event.Impression(id, at, answer(event.getImpression().getRecommendationId()),
                        shown(event.getImpression().getShownList()), event.getImpression().getCartVariantIdsList());
                case ACCEPT -> new Event.Accept(id, at, answer(event.getAccept().getRecommendationId()), event.getAccept().getVariantId());
                case PURCHASE -> new Event.Purchase(id, at, event.getPurchase().getOrderId(), revenue(event.getPurchase().hasRevenue(),
                        event.getPurchase().getRevenue()), event.getPurchase().getVariantIdsList(),
                        answers(event.getPurchase().getRecommendationIdsList()));
                case BUNDLE_VIEW -> new Event.BundleView(id, at, new BundleKey(event.getBundleView().getBundleKey()),
                        optionalAnswer(event.getBundleView().getRecommendationId()));
                case BUNDLE_PURCHASE -> new Event.BundlePurchase(id, at, new BundleKey(event.getBundlePurchase().getBundleKey()),
                        revenue(event.getBundlePurchase().hasRevenue(), event.getBundlePurchase().getRevenue()),
                        optional(event.getBundlePurchase().getOrderId()), optionalAnswer(event.getBundlePurchase().getRecommendationId()));
                case TYPE_NOT_SET -> throw new InvalidInputException("type",
                        "is required: one of impression, accept, purchase, bundle_view, bundle_purchase");
            };
        } catch (InvalidInputException e) {
            if (e.field().equals("type")) {
                throw e;
            }
            throw e.within(event.getTypeCase().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static Instant instant(Timestamp timestamp) {
        try {
            return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
        } catch (java.time.DateTimeException e) {
            throw new InvalidInputException("occurred_at", "is out of range");
        }
    }

    private static RecommendationId answer(String value) {
        InvalidInputException.require(!value.isEmpty(), "recommendation_id", "is required");
        return new RecommendationId(value);
    }

    private static Optional<RecommendationId> optionalAnswer(String value) {
        return optional(value).map(RecommendationId::new);
    }

    private static Optional<String> optional(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static Money revenue(boolean present, com.cartwise.proto.v1.Money money) {
        InvalidInputException.require(present, "revenue", "is required");
        return Revenue.parse(money.getAmount(), money.getCurrencyCode());
    }

    private static List<Event.Shown> shown(List<Shown> shown) {
        List<Event.Shown> all = new ArrayList<>(shown.size());
        for (int i = 0; i < shown.size(); i++) {
            try {
                all.add(new Event.Shown(shown.get(i).getVariantId(), source(shown.get(i).getSource())));
            } catch (InvalidInputException e) {
                throw e.within("shown[" + i + "]");
            }
        }
        return all;
    }

    private static Source source(com.cartwise.proto.v1.Source source) {
        return switch (source) {
            case SOURCE_CO_PURCHASE -> Source.CO_PURCHASE;
            case SOURCE_POPULARITY -> Source.POPULARITY;
            case SOURCE_UNSPECIFIED, UNRECOGNIZED -> throw new InvalidInputException("source",
                    "is required: SOURCE_CO_PURCHASE or SOURCE_POPULARITY");
        };
    }

    private static List<RecommendationId> answers(List<String> values) {
        List<RecommendationId> all = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            try {
                all.add(new RecommendationId(values.get(i)));
            } catch (InvalidInputException e) {
                throw new InvalidInputException("recommendation_ids[" + i + "]", e.problem());
            }
        }
        return all;
    }
}
