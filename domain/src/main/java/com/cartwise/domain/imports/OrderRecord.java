package com.cartwise.domain.imports;

import com.cartwise.domain.InvalidInputException;
import java.util.List;

/**
 * An order as one run of consecutive rows of a file names it. The same name again later in the
 * upload is a split order, which the import's checks refuse (they run on the staged rows, so no
 * reader has to remember every name it saw).
 */
public record OrderRecord(SourceRow source, String name, OrderHeader header, List<LineRecord> lines) implements ImportRecord {
    /** Names are compared as text; Shopify's are "#1001", a transaction file's its invoice number. */
    public static final int MAX_NAME_LENGTH = 255;

    public OrderRecord {
        InvalidInputException.require(name != null && !name.isBlank(), "name", "is required");
        name = name.strip();
        InvalidInputException.require(name.length() <= MAX_NAME_LENGTH, "name",
                "must be at most " + MAX_NAME_LENGTH + " characters, but had " + name.length());
        if (source == null || header == null) {
            throw new IllegalArgumentException("an order has a place and a header");
        }
        InvalidInputException.require(lines != null && !lines.isEmpty(), "lines", "an order has at least one line");
        lines = List.copyOf(lines);
    }

    @Override
    public long rows() {
        return lines.size();
    }
}
