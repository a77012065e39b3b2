package com.cartwise.rest.client;

/**
 * Where in an uploaded file a problem is, as the server names it: the file, the 1-based line and
 * column (0 when the problem is the file as a whole), the column's header name and the value.
 */
public record FilePlace(String file, long line, int column, String columnName, String value) {
    public FilePlace {
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("a place in a file names the file");
        }
        columnName = columnName == null ? "" : columnName;
        value = value == null ? "" : value;
    }
}
