package com.cartwise.formats.run;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.imports.ImportRecord;
import com.cartwise.domain.imports.RunInventoryRow;
import com.cartwise.formats.csv.Column;
import com.cartwise.formats.csv.CsvFile;
import com.cartwise.formats.csv.CsvRow;
import com.cartwise.formats.csv.Header;
import com.cartwise.formats.reading.RowReader;
import java.util.Map;

/** The reference generator's inventory_levels.csv: what is available of an inventory item at a location. */
public final class RunInventoryReader extends RowReader.OneRowPerRecord {
    private final Column inventoryItemId;
    private final Column location;
    private final Column available;

    private RunInventoryReader(CsvFile csv, int fileIndex) {
        super(csv, fileIndex);
        Header header = csv.header();
        String what = "the generator's inventory_levels.csv";
        this.inventoryItemId = header.requireAny(what, "inventory item id", RunColumns.INVENTORY_ITEM_ID);
        this.location = header.requireAny(what, "location", RunColumns.LOCATION);
        this.available = header.requireAny(what, "available", RunColumns.AVAILABLE);
    }

    public static RunInventoryReader open(CsvFile csv, int fileIndex) {
        return new RunInventoryReader(csv, fileIndex);
    }

    @Override
    protected ImportRecord record(CsvRow row) {
        try {
            return new RunInventoryRow(row.source(fileIndex), row.longNumber(inventoryItemId), row.text(location),
                    row.wholeNumber(available));
        } catch (InvalidInputException e) {
            throw row.broken(e, Map.of("inventory_item_id", inventoryItemId, "location", location));
        }
    }
}
