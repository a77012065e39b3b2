package com.cartwise.rest.csv;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRejectedException;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One record of an export, read field by field; every problem it reports carries the record's
 * physical line in the file (where a quoted multi-line field makes it differ from the record count)
 * and the column.
 */
public final class CsvRow {
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';

    private final String fileName;
    private final CsvRecord record;

    CsvRow(String fileName, CsvRecord record) {
        this.fileName = fileName;
        this.record = record;
    }

    /** The 1-based line on which this record starts. */
    public long line() {
        return record.getStartingLineNumber();
    }

    /** The field without surrounding blanks. */
    public String text(Column column) {
        String value = record.getField(column.index());
        // Bytes that are not UTF-8 were decoded into U+FFFD; failing here names the exact cell.
        if (value.indexOf(REPLACEMENT_CHARACTER) >= 0) {
            throw problem(column, "holds characters that are not UTF-8 text; save the file as \"CSV UTF-8\" and upload it again");
        }
        return value.strip();
    }

    /** The field, or "" when the file has no such column. */
    public String text(Optional<Column> column) {
        return column.isPresent() ? text(column.get()) : "";
    }

    public BigDecimal decimal(Column column) {
        return number(column, BigDecimal::new, "a number like 12.50");
    }

    public int wholeNumber(Column column) {
        return number(column, Integer::parseInt, "a whole number");
    }

    public long longNumber(Column column) {
        return number(column, Long::parseLong, "a whole number");
    }

    private <T> T number(Column column, Function<String, T> parse, String expected) {
        String value = text(column);
        try {
            return parse.apply(value);
        } catch (NumberFormatException e) {
            throw problem(column, "'" + value + "' is not " + expected);
        }
    }

    public ImportRejectedException problem(Column column, String message) {
        return new ImportRejectedException(new ImportProblem(fileName, line(), column.number(), column.name(), message));
    }

    /**
     * A rule of the domain that this record's values break, placed at the column the offending
     * field came from ({@code price} at "Variant Price"), or at the record when no column maps.
     */
    public ImportRejectedException broken(InvalidInputException e, Map<String, Column> columnsByField) {
        Column column = columnsByField.get(e.field());
        return column == null ? problem(e.getMessage()) : problem(column, e.problem());
    }

    /** A problem with the record as a whole. */
    public ImportRejectedException problem(String message) {
        return new ImportRejectedException(new ImportProblem(fileName, line(), 0, "", message));
    }
}
