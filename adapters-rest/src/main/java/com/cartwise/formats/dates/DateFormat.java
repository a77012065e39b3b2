package com.cartwise.formats.dates;

/**
 * How a file writes its dates, as decided from the whole file. Shopify itself writes
 * "2025-12-06 10:37:33 -0500"; a spreadsheet that re-saves the file writes "31/12/2023 22:36" or
 * "12/31/2023 22:36" by its locale, with no zone, and one date alone cannot tell which; data sets
 * often write "2010-12-01 08:26:00", with no zone.
 */
public enum DateFormat {
    /** Every date carries its UTC offset: Shopify's own format or ISO-8601. */
    WITH_OFFSET("with_offset"),
    /** ISO-8601 dates without an offset, read as UTC. */
    WITHOUT_OFFSET("without_offset"),
    /** dd/mm/yyyy hh:mm, read as UTC. */
    DAY_FIRST("day_first"),
    /** mm/dd/yyyy hh:mm, read as UTC. */
    MONTH_FIRST("month_first");

    private final String wireName;

    DateFormat(String wireName) {
        this.wireName = wireName;
    }

    /** The name in the import report: {@code with_offset}, {@code without_offset}, {@code day_first}, {@code month_first}. */
    public String wireName() {
        return wireName;
    }
}
