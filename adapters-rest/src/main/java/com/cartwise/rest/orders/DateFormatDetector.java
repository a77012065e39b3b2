package com.cartwise.rest.orders;

import com.cartwise.rest.csv.Column;
import com.cartwise.rest.csv.CsvRow;
import java.util.Optional;

/**
 * Decides from a whole file whether its spreadsheet dates put the day or the month first: a first
 * number above 12 can only be a day, a second one above 12 only a day in month-first order.
 */
final class DateFormatDetector {
    private final Column createdAt;
    private boolean anySlashed;
    private long dayFirstLine;
    private String dayFirstValue;
    private long monthFirstLine;
    private String monthFirstValue;

    DateFormatDetector(Column createdAt) {
        this.createdAt = createdAt;
    }

    void observe(CsvRow row) {
        String value = row.text(createdAt);
        Optional<int[]> fields = CreatedAt.dayMonthFields(value);
        if (fields.isEmpty()) {
            return;
        }
        anySlashed = true;
        int first = fields.get()[0];
        int second = fields.get()[1];
        if (first > 12 && second > 12) {
            throw row.problem(createdAt, "'" + value + "' is not a date: neither of its first two numbers can be a month");
        }
        if (first > 12 && dayFirstLine == 0) {
            dayFirstLine = row.line();
            dayFirstValue = value;
        }
        if (second > 12 && monthFirstLine == 0) {
            monthFirstLine = row.line();
            monthFirstValue = value;
        }
        if (dayFirstLine > 0 && monthFirstLine > 0) {
            boolean dayFirstSeenEarlier = dayFirstLine < monthFirstLine;
            throw row.problem(createdAt, "'" + value + "' puts the " + (dayFirstSeenEarlier ? "month" : "day")
                    + " first, but line " + (dayFirstSeenEarlier ? dayFirstLine : monthFirstLine) + " ('"
                    + (dayFirstSeenEarlier ? dayFirstValue : monthFirstValue) + "') puts the "
                    + (dayFirstSeenEarlier ? "day" : "month") + " first: one file must write every date the same way");
        }
    }

    DateFormat format() {
        if (!anySlashed) {
            return DateFormat.WITH_OFFSET;
        }
        return monthFirstLine > 0 ? DateFormat.MONTH_FIRST : DateFormat.DAY_FIRST;
    }

    /** True when the file has spreadsheet dates but none with a number above 12, so day first is only assumed. */
    boolean assumed() {
        return anySlashed && dayFirstLine == 0 && monthFirstLine == 0;
    }
}
