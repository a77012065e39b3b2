package com.cartwise.domain.imports;

/**
 * What is wrong with an uploaded file, and exactly where: the file's name, the 1-based line and
 * column (0 when the problem is the file as a whole, e.g. a missing header column), the column's
 * header name when there is one, and what is wrong.
 */
public record ImportProblem(String file, long line, int column, String columnName, String message) {
    public ImportProblem {
        file = file == null || file.isBlank() ? "upload" : file;
        columnName = columnName == null ? "" : columnName;
        if (line < 0 || column < 0 || message == null || message.isBlank()) {
            throw new IllegalArgumentException("an import problem has a place and a message");
        }
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
}
