package com.cartwise.rest.admin;

import com.cartwise.application.flags.Flag;
import com.cartwise.application.flags.FlagType;
import com.cartwise.application.flags.FlagView;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.math.BigDecimal;

/**
 * A flag as the admin API shows it: the catalogue's entry (type, default, range, description),
 * its global value, the shop's own value (for a shop) and the value that applies, with where it
 * comes from ({@code shop}, {@code global} or {@code default}). Values are JSON's booleans,
 * numbers and strings, as the flag's type says; an unset value is null.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FlagJson(String name, String type, String description, Object defaultValue, @Nullable String range,
                       @Nullable String shopId, @Nullable Object globalValue, @Nullable Object shopValue, Object value,
                       String source) {

    static FlagJson of(FlagView view) {
        Flag flag = view.flag();
        boolean numeric = flag.type() == FlagType.NUMBER || flag.type() == FlagType.INTEGER;
        return new FlagJson(flag.name(), flag.type().wireName(), flag.description(), typed(flag, flag.defaultValue()),
                numeric ? flag.range() : null, view.shop().map(Object::toString).orElse(null),
                view.globalValue().map(v -> typed(flag, v)).orElse(null), view.shopValue().map(v -> typed(flag, v)).orElse(null),
                typed(flag, view.effective().value()), view.effective().source().wireName());
    }

    /** A stored value as JSON shows it; one an older catalogue stored (no longer of the type) shows as its text. */
    static Object typed(Flag flag, String value) {
        try {
            return switch (flag.type()) {
                case BOOLEAN -> "true".equals(value) || "false".equals(value) ? (Object) Boolean.valueOf(value) : value;
                case NUMBER, INTEGER -> new BigDecimal(value);
                case STRING -> value;
            };
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
