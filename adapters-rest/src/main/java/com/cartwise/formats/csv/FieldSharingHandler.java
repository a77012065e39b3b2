package com.cartwise.formats.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.RecordWrapper;
import de.siegmar.fastcsv.util.Limits;
import java.util.Arrays;

/**
 * Turns FastCSV's parsed fields into {@link ParsedRecord}s without a new string for a field that
 * is empty or the same as the field above it. FastCSV's own handler makes a string of every
 * field: a 1,000,000-line Shopify orders export (79 columns, most of them empty or repeating the
 * order's values line after line) made 59 million of them, half of all the bytes an import
 * allocated (JFR allocation samples, docs/BENCHMARKS.md). FastCSV's limits stay: fields per
 * record, characters per field and per record, refused in its words.
 */
final class FieldSharingHandler extends AbstractBaseCsvCallbackHandler<ParsedRecord> {
    private static final int INITIAL_FIELDS = 32;
    /**
     * Only short fields are remembered for the next record: the ones that repeat (order names,
     * dates, statuses, flags) are short, and a long one kept would hold its memory until its
     * column changed.
     */
    private static final int LONGEST_SHARED = 256;

    private String[] fields = new String[INITIAL_FIELDS];
    /** Per column, the last string made for it: the next record's field is often the same. */
    private String[] above = new String[INITIAL_FIELDS];
    private int recordSize;

    @Override
    protected void handleBegin(long startingLineNumber) {
        recordSize = 0;
    }

    @Override
    protected void handleField(int index, char[] buffer, int offset, int length, boolean quoted) {
        if (index >= Limits.MAX_FIELD_COUNT) {
            throw new CsvParseException("Record starting at line %d has surpassed the maximum limit of %d fields"
                    .formatted(getStartingLineNumber(), Limits.MAX_FIELD_COUNT));
        }
        if (length > Limits.MAX_FIELD_SIZE) {
            throw new CsvParseException("Field at index %d in record starting at line %d exceeds the max field size of %d characters"
                    .formatted(index, getStartingLineNumber(), Limits.MAX_FIELD_SIZE));
        }
        recordSize += length;
        if (recordSize > Limits.MAX_RECORD_SIZE) {
            throw new CsvParseException("Field at index %d in record starting at line %d exceeds the max record size of %d characters"
                    .formatted(index, getStartingLineNumber(), Limits.MAX_RECORD_SIZE));
        }
        if (index == fields.length) {
            int grown = Math.min(fields.length * 2, Limits.MAX_FIELD_COUNT);
            fields = Arrays.copyOf(fields, grown);
            above = Arrays.copyOf(above, grown);
        }
        fields[index] = length == 0 ? "" : shared(index, buffer, offset, length);
    }

    private String shared(int index, char[] buffer, int offset, int length) {
        String previous = above[index];
        if (previous != null && sameChars(previous, buffer, offset, length)) {
            return previous;
        }
        String made = new String(buffer, offset, length);
        above[index] = length <= LONGEST_SHARED ? made : null;
        return made;
    }

    private static boolean sameChars(String text, char[] buffer, int offset, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) != buffer[offset + i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected RecordWrapper<ParsedRecord> buildRecord() {
        return wrapRecord(new ParsedRecord(getStartingLineNumber(), Arrays.copyOf(fields, getFieldCount())));
    }
}
