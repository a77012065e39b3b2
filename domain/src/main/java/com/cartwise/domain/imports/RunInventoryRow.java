package com.cartwise.domain.imports;

import com.cartwise.domain.InvalidInputException;

/** A row of the reference generator's inventory_levels.csv: what is available of an inventory item at a location. */
public record RunInventoryRow(SourceRow source, long inventoryItemId, String location, int available) implements ImportRecord {
    public RunInventoryRow {
        InvalidInputException.requirePositive(inventoryItemId, "inventory_item_id");
        InvalidInputException.require(location != null && !location.isBlank(), "location", "is required");
        location = location.strip();
        if (source == null) {
            throw new IllegalArgumentException("a row has a place");
        }
    }
}
