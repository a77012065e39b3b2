package com.cartwise.domain.imports;

/**
 * Where a record was read: the file's position in its upload (0 for the first file) and the
 * physical line its row starts on (quoted multi-line cells make lines and rows differ).
 */
public record SourceRow(int file, long line) {
    public SourceRow {
        if (file < 0 || line < 1) {
            throw new IllegalArgumentException("a row is in a file (from 0) on a line (from 1), not " + file + ":" + line);
        }
    }
}
