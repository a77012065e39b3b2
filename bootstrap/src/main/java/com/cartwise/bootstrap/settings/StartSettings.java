package com.cartwise.bootstrap.settings;

import com.cartwise.domain.InvalidInputException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one home of how a setting read at start is refused: by the name the README's table gives it
 * ({@code cartwise.recommender.evaluation.train-share}), never by the field name a record uses for
 * the public APIs ({@code train_share}, for a training request's options), never silently clamped.
 */
public final class StartSettings {
    private StartSettings() {
    }

    /** {@link #checked(Map, Supplier)} for a record whose fields are its settings' last words: {@code max_retries} under {@code prefix}. */
    public static <T> T checkedUnder(String prefix, Supplier<T> make) {
        return checked(field -> prefix + "." + field.replace('_', '-'), make);
    }

    /** The duration, when it is more than zero; a setting of zero or less is refused by its name. */
    public static Duration positive(String setting, Duration value) {
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(setting + " must be positive, but was " + value);
        }
        return value;
    }

    /** The duration, when it is zero or more; a negative setting is refused by its name. */
    public static Duration notNegative(String setting, Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException(setting + " must not be negative, but was " + value);
        }
        return value;
    }

    /**
     * @param settingOfField the setting each field the record may name comes from
     * @throws IllegalArgumentException naming the setting, when {@code make} refuses a value
     */
    public static <T> T checked(Map<String, String> settingOfField, Supplier<T> make) {
        return checked(settingOfField::get, make);
    }

    /** @param settingOf the setting a field comes from, or null when none is known (the refusal then goes on as it was) */
    private static <T> T checked(Function<String, String> settingOf, Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidInputException e) {
            String setting = settingOf.apply(e.field());
            if (setting == null) {
                throw e;
            }
            throw new IllegalArgumentException(setting + ": " + e.problem());
        }
    }
}
