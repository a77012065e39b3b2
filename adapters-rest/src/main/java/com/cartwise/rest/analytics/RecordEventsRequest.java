package com.cartwise.rest.analytics;

import com.cartwise.application.analytics.RecordEvents;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.analytics.Event;
import com.cartwise.domain.shop.ShopId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.ArrayList;
import java.util.List;

/** The REST twin of the proto's RecordEventsRequest (the shop comes from the path): {"events": [...]}. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record RecordEventsRequest(@Nullable List<EventJson> events) {

    /** @throws InvalidInputException naming the field to fix: events, events[3], events[3].type */
    RecordEvents.Command toCommand(ShopId shop) {
        InvalidInputException.require(events != null && !events.isEmpty(), "events", "the batch must hold at least one event");
        InvalidInputException.require(events.size() <= RecordEvents.MAX_EVENTS, "events",
                "must hold at most " + RecordEvents.MAX_EVENTS + " events, but held " + events.size());
        List<Event> all = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            String field = "events[" + i + "]";
            EventJson event = events.get(i);
            InvalidInputException.require(event != null, field, "must be an object such as {\"event_id\": \"...\", \"type\": \"accept\", ...}");
            try {
                all.add(event.toEvent());
            } catch (InvalidInputException e) {
                throw e.within(field);
            }
        }
        return new RecordEvents.Command(shop, all);
    }
}
