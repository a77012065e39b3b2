package com.cartwise.rest.orders;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an order's "Created at" in the formats exports use. Dates re-saved by a spreadsheet carry
 * no zone; they are read as UTC, since the file does not say the shop's zone and training only
 * needs the orders' sequence, which a constant offset does not change.
 */
final class CreatedAt {
    private static final DateTimeFormatter SHOPIFY =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xx").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern SPREADSHEET =
            Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}) (\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

    private final DateFormat slashedDates;

    /** @param slashedDates how to read "01/02/2023 10:00": {@link DateFormat#DAY_FIRST} or {@link DateFormat#MONTH_FIRST} */
    CreatedAt(DateFormat slashedDates) {
        this.slashedDates = slashedDates;
    }

    /** The two leading numbers of a spreadsheet date ("31/12/2023 22:36" gives 31 and 12), if it is one. */
    static Optional<int[]> dayMonthFields(String value) {
        Matcher m = SPREADSHEET.matcher(value);
        return m.matches() ? Optional.of(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))}) : Optional.empty();
    }

    /** @throws DateTimeException when the value is no date in any accepted format */
    Instant parse(String value) {
        Matcher m = SPREADSHEET.matcher(value);
        if (m.matches()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            boolean dayFirst = slashedDates != DateFormat.MONTH_FIRST;
            return LocalDateTime.of(Integer.parseInt(m.group(3)), dayFirst ? second : first, dayFirst ? first : second,
                            Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)))
                    .toInstant(ZoneOffset.UTC);
        }
        try {
            return OffsetDateTime.parse(value, SHOPIFY).toInstant();
        } catch (DateTimeParseException notShopify) {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        }
    }
}
