package com.cartwise.domain.imports;

/**
 * What a reader makes of the rows of an uploaded file: the records an import stages and merges.
 * Each knows the row it came from, so that any later objection names the line.
 */
public sealed interface ImportRecord
        permits VariantRow, ImageRow, OrderRecord, InventoryLevelRow, CustomerRow, RunVariantRow, RunProductRow,
        RunInventoryRow {

    /** The first row the record was read from. */
    SourceRow source();

    /** How many rows of the file the record stands for. */
    default long rows() {
        return 1;
    }
}
