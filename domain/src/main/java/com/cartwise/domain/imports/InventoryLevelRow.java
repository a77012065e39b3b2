package com.cartwise.domain.imports;

import com.cartwise.domain.InvalidInputException;
import java.util.OptionalInt;

/**
 * A variant's stock at one location. A variant's stock for serving is the sum of what is
 * available at its locations; a location where it is "not stocked" counts as none.
 */
public record InventoryLevelRow(SourceRow source, VariantReference variant, String location, OptionalInt available,
                                OptionalInt onHand) implements ImportRecord {
    public InventoryLevelRow {
        InvalidInputException.require(location != null && !location.isBlank(), "location", "is required");
        location = location.strip();
        available = available == null ? OptionalInt.empty() : available;
        onHand = onHand == null ? OptionalInt.empty() : onHand;
        if (source == null || variant == null) {
            throw new IllegalArgumentException("an inventory level has a place and a variant");
        }
    }
}
