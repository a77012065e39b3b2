package com.cartwise.rest.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did with one file: its type, its rows, and what the merge changed ({@code
 * orders_added}, {@code variants_updated} ..., in the server's order).
 */
public record RemoteFileReport(String file, String type, long rows, long imported, long refused, Map<String, Long> counts,
                               String dateFormat, List<String> warnings) {
    public RemoteFileReport {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        dateFormat = dateFormat == null ? "" : dateFormat;
        warnings = List.copyOf(warnings);
    }
}
