package com.cartwise.domain.imports;

/** A products-export row that only adds an image to the product before it: read and counted, nothing to store. */
public record ImageRow(SourceRow source, String handle) implements ImportRecord {
}
