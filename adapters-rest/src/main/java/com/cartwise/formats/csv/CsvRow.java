package com.cartwise.formats.csv;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRejectedException;
import com.cartwise.domain.imports.SourceRow;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One record of a file, read field by field; every problem it reports carries the record's
 * physical line in the file (where a quoted multi-line field makes it differ from the record count),
 * the column and the value.
 */
public final class CsvRow {
    /**
     * The longest cell Cartwise reads. Names, SKUs, dates and amounts are short; a cell this long
     * is a quote left open that swallowed the lines after it, and should say so rather than be imported.
     */
    public static final int MAX_CELL = 65_536;
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");

    private final String fileName;
    private final ParsedRecord record;
    private final int headerSize;

    CsvRow(String fileName, ParsedRecord record, int headerSize) {
        this.fileName = fileName;
        this.record = record;
        this.headerSize = headerSize;
    }

    /** The 1-based line on which this record starts. */
    public long line() {
        return record.line();
    }

    public SourceRow source(int fileIndex) {
        return new SourceRow(fileIndex, line());
    }

    /** Refuses a record whose field count is not the header's: a quote or a comma is missing or extra. */
    public void checkFieldCount() {
        if (record.fieldCount() != headerSize) {
            throw problem("has " + record.fieldCount() + " fields, but the header has " + headerSize
                    + " columns: a quote or a comma is missing or extra");
        }
    }

    public int fieldCount() {
        return record.fieldCount();
    }

    /** The field at a position without surrounding blanks, "" beyond the record's end. */
    public String field(int index) {
        return index < record.fieldCount() ? record.field(index).strip() : "";
    }

    /** The field without surrounding blanks. */
    public String text(Column column) {
        String value = record.field(column.index());
        if (value.length() > MAX_CELL) {
            throw problem(column, value, "holds " + value.length() + " characters, more than the " + MAX_CELL
                    + " a cell may hold: is a quote left open, so that the lines after it ran into this cell?");
        }
        // Bytes that are not UTF-8 were decoded into U+FFFD; failing here names the exact cell.
        if (value.indexOf(REPLACEMENT_CHARACTER) >= 0) {
            throw problem(column, value, "holds characters that are not UTF-8 text; save the file as \"CSV UTF-8\" and upload it again");
        }
        // A stray NUL (the Bread Basket's line 347 starts with one) carries nothing and breaks every parse.
        if (value.indexOf('\0') >= 0) {
            value = value.replace("\0", "");
        }
        return value.strip();
    }

    /** The field, or "" when the file has no such column. */
    public String text(Optional<Column> column) {
        return column.isPresent() ? text(column.get()) : "";
    }

    /** A decimal amount ("12.50"); a decimal comma ("12,50") is refused with a hint, never read as 1250. */
    public BigDecimal decimal(Column column) {
        String value = text(column);
        if (plainDecimal(value)) {
            return new BigDecimal(value);
        }
        if (DECIMAL_COMMA.matcher(value).matches()) {
            throw problem(column, value, "'" + value + "' is not a number like 12.50: write the decimal point as '.', not ','");
        }
        throw problem(column, value, "'" + value + "' is not a number like 12.50");
    }

    /** A decimal amount as files write it: 12, 12.5, -3.00; 1e3 and .5 are not one. Checked by hand: a regex here was a visible share of reading a large file. */
    static boolean plainDecimal(String value) {
        int i = value.startsWith("-") ? 1 : 0;
        int whole = digitsFrom(value, i);
        if (whole == i) {
            return false;
        }
        if (whole == value.length()) {
            return true;
        }
        return value.charAt(whole) == '.' && digitsFrom(value, whole + 1) == value.length() && whole + 1 < value.length();
    }

    private static int digitsFrom(String value, int start) {
        int i = start;
        while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** A decimal amount, or empty when the cell (or the column) is blank. */
    public Optional<BigDecimal> optionalDecimal(Optional<Column> column) {
        return column.isEmpty() || text(column).isEmpty() ? Optional.empty() : Optional.of(decimal(column.get()));
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
            throw problem(column, value, "'" + value + "' is not " + expected);
        }
    }

    public ImportRejectedException problem(Column column, String message) {
        return problem(column, record.field(column.index()), message);
    }

    private ImportRejectedException problem(Column column, String value, String message) {
        return new ImportRejectedException(new ImportProblem(fileName, line(), column.number(), column.name(), value, message));
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
