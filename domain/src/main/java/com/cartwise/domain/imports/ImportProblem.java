package com.cartwise.domain.imports;

/**
 * What is wrong with an uploaded file, and exactly where: the file's name, the 1-based line and
 * column (0 when the problem is the file as a whole, e.g. a missing header column), the column's
 * header name when there is one, the offending value as the file holds it (shortened), and what
 * is wrong.
 */
public record ImportProblem(String file, long line, int column, String columnName, String value, String message) {
    /** Values are quoted back to the merchant, not stored whole: a 10 MB cell must not become a 10 MB report. */
    public static final int MAX_VALUE_LENGTH = 200;

    public ImportProblem {
        file = file == null || file.isBlank() ? "upload" : file;
        columnName = columnName == null ? "" : columnName;
        value = shorten(value == null ? "" : value);
        if (line < 0 || column < 0 || message == null || message.isBlank()) {
            throw new IllegalArgumentException("an import problem has a place and a message");
        }
    }

    /** A problem whose value is unknown or beside the point (a missing column, an unreadable file). */
    public ImportProblem(String file, long line, int column, String columnName, String message) {
        this(file, line, column, columnName, "", message);
    }

    /** "orders_export.csv line 12, column 16 (Created at): '31/13/2023' is not a date". */
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
        return s.append(": ").append(message).toString();
    }

    /** The same problem about another row that falls with it (a line of an order whose other line is bad). */
    public ImportProblem forRow(long otherLine, String reason) {
        return new ImportProblem(file, otherLine, 0, "", "", reason);
    }

    private static String shorten(String value) {
        if (value.length() <= MAX_VALUE_LENGTH) {
            return value;
        }
        return value.substring(0, MAX_VALUE_LENGTH) + "… (" + value.length() + " characters)";
    }
}
