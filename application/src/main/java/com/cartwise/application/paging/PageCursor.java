package com.cartwise.application.paging;

import com.cartwise.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;

/**
 * The text of a page cursor: the sort values of the last item of a page, joined and encoded so
 * that clients pass it back untouched (it is opaque to them). A cursor that was not given out is
 * refused naming the {@code cursor} parameter.
 */
public final class PageCursor {
    private static final String SEPARATOR = "|";

    private PageCursor() {
    }

    public static String encode(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            if (!text.isEmpty()) {
                text.append(SEPARATOR);
            }
            text.append(part);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Refuses a page size outside 1 to {@code max}, naming the {@code limit} parameter. */
    public static void requireLimit(int limit, int max) {
        InvalidInputException.require(limit >= 1 && limit <= max, "limit", "must be between 1 and " + max + ", but was " + limit);
    }

    /** Decodes {@code text} into its parts and reads them; anything wrong is a cursor this API did not give out. */
    public static <T> T decode(String text, int parts, Function<String[], T> read) {
        try {
            String[] values = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", -1);
            if (values.length != parts) {
                throw new IllegalArgumentException("expected " + parts + " parts");
            }
            return read.apply(values);
        } catch (RuntimeException e) {
            throw new InvalidInputException("cursor", "'" + text + "' is not a cursor this API gave out");
        }
    }
}
