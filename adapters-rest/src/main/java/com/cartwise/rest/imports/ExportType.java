package com.cartwise.rest.imports;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRejectedException;
import com.cartwise.rest.csv.CsvExport;
import com.cartwise.rest.csv.Header;
import java.nio.file.Path;

/** The kinds of Shopify admin export an upload can be. */
enum ExportType {
    PRODUCTS("products"),
    ORDERS("orders");

    private final String wireName;

    ExportType(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }

    static ExportType fromWireName(String name) {
        for (ExportType type : values()) {
            if (type.wireName.equals(name)) {
                return type;
            }
        }
        throw new InvalidInputException("type", "must be products or orders, but was '" + name + "'");
    }

    /** Tells the kind by the two columns each export cannot lack and the other never has. */
    static ExportType detect(Path file, String fileName) {
        try (CsvExport csv = CsvExport.open(file, fileName)) {
            Header header = csv.header();
            boolean products = header.has("Handle") && header.has("Variant Price");
            boolean orders = header.has("Name") && header.has("Lineitem name");
            if (products == orders) {
                throw new ImportRejectedException(new ImportProblem(fileName, 1, 0, "", products
                        ? "has the columns of both a products and an orders export: say which it is with ?type=products or ?type=orders"
                        : "is neither a Shopify products export (Handle, Variant Price ...) nor an orders export"
                                + " (Name, Lineitem name ...): export it from Shopify admin, Products > Export or Orders > Export"));
            }
            return products ? PRODUCTS : ORDERS;
        }
    }
}
