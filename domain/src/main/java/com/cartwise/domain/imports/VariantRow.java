package com.cartwise.domain.imports;

import com.cartwise.domain.catalog.VariantRecord;

/** A variant row of a products export. */
public record VariantRow(SourceRow source, VariantRecord variant) implements ImportRecord {
    public VariantRow {
        if (source == null || variant == null) {
            throw new IllegalArgumentException("a variant row has a place and a variant");
        }
    }
}
