package com.cartwise.domain.imports;

import java.util.List;

/**
 * What only a whole file can tell, known once it has been read: whether its spreadsheet dates put
 * the month first, how it writes dates, what the merchant should know about how it was read, and
 * where its key column is (Name for orders, Handle for products), so that problems the import
 * finds later on its staged rows still name the cell.
 *
 * @param keyColumn 1-based, 0 when the format has none
 */
public record FileFacts(boolean monthFirstDates, String dateFormat, List<String> warnings, int keyColumn, String keyColumnName) {
    public FileFacts {
        dateFormat = dateFormat == null ? "" : dateFormat;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        keyColumnName = keyColumnName == null ? "" : keyColumnName;
        if (keyColumn < 0) {
            throw new IllegalArgumentException("columns count from 1");
        }
    }

    public static FileFacts plain(List<String> warnings) {
        return new FileFacts(false, "", warnings, 0, "");
    }
}
