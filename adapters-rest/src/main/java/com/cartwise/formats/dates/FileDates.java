package com.cartwise.formats.dates;

import com.cartwise.domain.imports.OrderDate;
import com.cartwise.formats.csv.Column;
import com.cartwise.formats.csv.CsvRow;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of one file, read in the formats exports and data sets use, in one pass. A spreadsheet
 * date (31/12/2023 22:36) has no zone and an ambiguous order: a first number above 12 can only be
 * a day, a second one above 12 only a day in month-first order, and a file that does both is
 * refused at the line that contradicts the first; each date keeps both readings until the whole
 * file has decided. Dates without a zone are read as UTC: the file does not say the shop's zone,
 * and the recommender only needs the orders' sequence, which a constant offset does not change.
 */
public final class FileDates {
    private static final DateTimeFormatter SHOPIFY =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xx").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_SPACE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern SPREADSHEET =
            Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?: (\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern ISO_DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final String EXAMPLES = "2025-12-06 10:37:33 -0500, 2025-12-06T10:37:33Z, 2025-12-06 10:37 or 31/12/2023 22:36";

    private boolean anyOffset;
    private boolean anyWithout;
    private boolean anySlashed;
    private long dayFirstLine;
    private String dayFirstValue;
    private long monthFirstLine;
    private String monthFirstValue;

    /** The date in the cell; empty when the cell is blank. */
    public Optional<OrderDate> read(CsvRow row, Column column) {
        String value = row.text(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parse(row, column, value));
    }

    /** A date given as a day and a time in two cells (2016-10-30 and 09:58:11, as the Bread Basket writes them). */
    public OrderDate read(CsvRow row, Column date, Column time) {
        String day = row.text(date);
        String clock = row.text(time);
        if (day.isEmpty()) {
            throw row.problem(date, "is empty: every row is dated");
        }
        return parse(row, date, clock.isEmpty() ? day : day + " " + clock);
    }

    private OrderDate parse(CsvRow row, Column column, String value) {
        Instant common = FixedLayoutDates.withOffset(value);
        if (common != null) {
            anyOffset = true;
            return OrderDate.exactly(common);
        }
        common = FixedLayoutDates.withoutOffset(value);
        if (common != null) {
            anyWithout = true;
            return OrderDate.exactly(common);
        }
        Matcher slashed = SPREADSHEET.matcher(value);
        if (slashed.matches()) {
            return spreadsheet(row, column, value, slashed);
        }
        try {
            Instant instant = withOffset(value);
            anyOffset = true;
            return OrderDate.exactly(instant);
        } catch (DateTimeParseException noOffset) {
            try {
                Instant instant = withoutOffset(value);
                anyWithout = true;
                return OrderDate.exactly(instant);
            } catch (DateTimeParseException notADate) {
                throw row.problem(column, "'" + value + "' is not a date and time such as " + EXAMPLES);
            }
        }
    }

    private static Instant withOffset(String value) {
        try {
            return OffsetDateTime.parse(value, SHOPIFY).toInstant();
        } catch (DateTimeParseException notShopify) {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        }
    }

    private static Instant withoutOffset(String value) {
        if (ISO_DATE_ONLY.matcher(value).matches()) {
            return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        try {
            return LocalDateTime.parse(value, ISO_SPACE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notSpaced) {
            return LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
        }
    }

    private OrderDate spreadsheet(CsvRow row, Column column, String value, Matcher m) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        int secondOfMinute = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        if (first > 12 && second > 12) {
            throw row.problem(column, "'" + value + "' is not a date: neither of its first two numbers can be a month");
        }
        anySlashed = true;
        Instant dayFirst = instant(year, second, first, hour, minute, secondOfMinute);
        Instant monthFirst = instant(year, first, second, hour, minute, secondOfMinute);
        if (first > 12) {
            if (dayFirst == null) {
                throw row.problem(column, "'" + value + "' is not a date: day " + first + " does not exist in month " + second);
            }
            decide(row, column, value, true);
        } else if (second > 12) {
            if (monthFirst == null) {
                throw row.problem(column, "'" + value + "' is not a date: day " + second + " does not exist in month " + first);
            }
            decide(row, column, value, false);
        } else if (dayFirst == null && monthFirst == null) {
            throw row.problem(column, "'" + value + "' is not a date in either order (day/month or month/day)");
        }
        // A reading that does not exist can never be the file's (it would have decided the other way).
        return new OrderDate(dayFirst == null ? monthFirst : dayFirst, monthFirst == null ? dayFirst : monthFirst);
    }

    private void decide(CsvRow row, Column column, String value, boolean dayFirst) {
        if (dayFirst && dayFirstLine == 0) {
            dayFirstLine = row.line();
            dayFirstValue = value;
        }
        if (!dayFirst && monthFirstLine == 0) {
            monthFirstLine = row.line();
            monthFirstValue = value;
        }
        if (dayFirstLine > 0 && monthFirstLine > 0) {
            boolean dayFirstSeenEarlier = dayFirstLine < monthFirstLine;
            // Forget this line's vote: the file stays decided by the first one, and a lenient import refuses only this row.
            if (dayFirstSeenEarlier) {
                monthFirstLine = 0;
            } else {
                dayFirstLine = 0;
            }
            throw row.problem(column, "'" + value + "' puts the " + (dayFirstSeenEarlier ? "month" : "day")
                    + " first, but line " + (dayFirstSeenEarlier ? dayFirstLine : monthFirstLine) + " ('"
                    + (dayFirstSeenEarlier ? dayFirstValue : monthFirstValue) + "') puts the "
                    + (dayFirstSeenEarlier ? "day" : "month") + " first: one file must write every date the same way");
        }
    }

    private static Instant instant(int year, int month, int day, int hour, int minute, int second) {
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    public boolean monthFirst() {
        return monthFirstLine > 0;
    }

    public DateFormat format() {
        if (anySlashed) {
            return monthFirst() ? DateFormat.MONTH_FIRST : DateFormat.DAY_FIRST;
        }
        // A file mixing zoned and zoneless dates reports the weaker: some of its dates were guessed to be UTC.
        return anyWithout ? DateFormat.WITHOUT_OFFSET : DateFormat.WITH_OFFSET;
    }

    /** What the merchant should know about how the file's dates were read. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (anySlashed && dayFirstLine == 0 && monthFirstLine == 0) {
            warnings.add("No date in the file has a day above 12, so whether 01/02/2023 is 1 February or January 2"
                    + " cannot be told: dates were read day first (dd/mm/yyyy).");
        }
        if (anySlashed || anyWithout) {
            warnings.add("The dates carry no time zone (the file was re-saved by a spreadsheet, or never had one):"
                    + " they were read as UTC.");
        }
        return warnings;
    }
}
