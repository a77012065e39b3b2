package com.cartwise.application.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did with one file. rows = imported + refused, always.
 *
 * @param format the format's wire name ({@code orders}, {@code products}, {@code transactions} ...)
 * @param counts what the merge changed ({@code orders_added}, {@code variants_updated} ...)
 * @param dateFormat how the file writes dates ({@code with_offset}, {@code day_first}, {@code month_first}), or ""
 */
public record FileReport(String file, String format, long rows, long imported, long refused, Map<String, Long> counts,
                         String dateFormat, List<String> warnings) {
    public FileReport {
        if (rows != imported + refused) {
            throw new IllegalArgumentException("rows must add up: " + rows + " read, " + imported + " imported, " + refused + " refused");
        }
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        warnings = List.copyOf(warnings);
    }
}
