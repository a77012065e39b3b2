package com.cartwise.domain.bundles;

import com.cartwise.domain.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads an enum constant by the name the APIs use for it, whatever its case, or names the choices. */
public final class WireNames {
    private WireNames() {
    }

    public static <E extends Enum<E>> E parse(E[] values, Function<E, String> wireName, String name, String field, String what) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (E value : values) {
            if (wireName.apply(value).equals(wanted)) {
                return value;
            }
        }
        throw new InvalidInputException(field, "'" + name + "' is not " + what + "; use one of "
                + Arrays.stream(values).map(wireName).collect(Collectors.joining(", ")));
    }
}
