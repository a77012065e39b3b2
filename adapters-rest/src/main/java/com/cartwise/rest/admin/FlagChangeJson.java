package com.cartwise.rest.admin;

import com.cartwise.application.flags.FlagCatalogue;
import com.cartwise.application.flags.FlagChange;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.List;

/** One line of the flags' audit trail; {@code shop_id} null for a global value, a value null when it was not set. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FlagChangeJson(long id, @Nullable String shopId, String name, @Nullable Object oldValue, @Nullable Object newValue,
                             String actor, Instant at) {

    static FlagChangeJson of(FlagChange change) {
        return new FlagChangeJson(change.id(), change.shop().map(Object::toString).orElse(null), change.name(),
                change.oldValue().map(v -> typed(change.name(), v)).orElse(null),
                change.newValue().map(v -> typed(change.name(), v)).orElse(null), change.actor(), change.at());
    }

    private static Object typed(String name, String value) {
        return FlagCatalogue.find(name).map(flag -> FlagJson.typed(flag, value)).orElse(value);
    }

    /** A page of the trail, newest first; {@code next_cursor} asks for the page after it (null on the last page). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Page(List<FlagChangeJson> changes, @Nullable String nextCursor) {
        static Page of(List<FlagChange> changes, int limit) {
            return new Page(changes.stream().map(FlagChangeJson::of).toList(),
                    changes.size() == limit ? Long.toString(changes.getLast().id()) : null);
        }
    }
}
