package com.cartwise.bootstrap.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small ski shop's Shopify exports, written where a test wants them.
 *
 * <pre>
 * products: ski-wax (WAX), ski-poles (POLE-120, POLE-130), gloves (GLOVE): 3 products, 4 variants
 * orders:   #1001 WAX + POLE-120 (lines 2-3), #1002 GLOVE (line 4), #1003 WAX + GLOVE (lines 5-6)
 * </pre>
 */
public final class AlpineFiles {
    public static final String PRODUCTS = """
            Handle,Title,Vendor,Type,Option1 Name,Option1 Value,Variant SKU,Variant Inventory Tracker,Variant Inventory Qty,Variant Inventory Policy,Variant Price
            ski-wax,Ski Wax,Alpine,Care,Title,Default Title,WAX,shopify,10,deny,12.50
            ski-poles,Ski Poles,Alpine,Poles,Length,120 cm,POLE-120,shopify,5,deny,40.00
            ski-poles,,,,,130 cm,POLE-130,shopify,0,deny,40.00
            gloves,Gloves,Alpine,Clothing,Title,Default Title,GLOVE,shopify,8,deny,25.00
            """;

    public static final String ORDERS = """
            Name,Created at,Currency,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku
            #1001,2025-01-01 10:00:00 +0100,EUR,1,Ski Wax,12.50,WAX
            #1001,,,1,Ski Poles - 120 cm,40.00,POLE-120
            #1002,2025-01-02 10:00:00 +0100,EUR,2,Gloves,25.00,GLOVE
            #1003,2025-01-03 10:00:00 +0100,EUR,1,Ski Wax,12.50,WAX
            #1003,,,1,Gloves,25.00,GLOVE
            """;

    /** The same orders with #1002's quantity (line 4, column 4) negative. */
    public static final String ORDERS_WITH_A_BAD_QUANTITY = ORDERS.replace("EUR,2,Gloves", "EUR,-2,Gloves");

    private AlpineFiles() {
    }

    public static Path write(Path directory, String name, String content) {
        try {
            return Files.writeString(directory.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
