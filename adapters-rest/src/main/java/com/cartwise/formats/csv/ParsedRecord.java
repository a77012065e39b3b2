package com.cartwise.formats.csv;

/**
 * One record as the CSV parser found it: its fields, unstripped, and the line it starts on.
 *
 * @param line   the 1-based line on which the record starts (a quoted field may span lines)
 * @param fields the record's fields in file order; the array is the record's own
 */
record ParsedRecord(long line, String[] fields) {
    int fieldCount() {
        return fields.length;
    }

    String field(int index) {
        return fields[index];
    }
}
