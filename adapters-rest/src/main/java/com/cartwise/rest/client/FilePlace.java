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

    /** "orders.csv line 17, column 6 (Lineitem quantity), value '-2'". */
    public String describe() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(" line ").append(line);
        }
        if (column > 0) {
            s.append(line > 0 ? ", column " : " column ").append(column);
        }
        if (!columnName.isEmpty()) {
            s.append(" (").append(columnName).append(')');
        }
        if (!value.isEmpty()) {
            s.append(", value '").append(value).append('\'');
        }
        return s.toString();
    }
}
