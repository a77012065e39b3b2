package com.cartwise.formats.csv;

/**
 * A column of an export, by its header name and its place.
 *
 * @param index 0-based, as the parser counts
 */
public record Column(String name, int index) {

    /** 1-based, as a spreadsheet and an {@link com.cartwise.domain.imports.ImportProblem} count. */
    public int number() {
        return index + 1;
    }
}
