package com.cartwise.domain.imports;

import java.util.List;

/**
 * How a file that is not a catalogue (an inventory export) names a variant: by its handle and
 * option values when it has them, else by its SKU.
 */
public record VariantReference(String handle, List<String> optionValues, String sku) {
    public VariantReference {
        handle = handle == null ? "" : handle.strip();
        optionValues = optionValues == null ? List.of() : optionValues.stream().map(String::strip).toList();
        sku = sku == null ? "" : sku.strip();
        if (handle.isEmpty() && sku.isEmpty()) {
            throw new IllegalArgumentException("a variant reference has a handle or a SKU");
        }
    }
}
