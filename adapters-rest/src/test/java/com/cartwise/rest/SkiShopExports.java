package com.cartwise.rest;

/**
 * A small ski shop's Shopify exports, as the merchant would upload them: four products (five
 * variants, one out of stock) and ten orders, one with a line no catalogue variant matches.
 */
public final class SkiShopExports {
    private SkiShopExports() {
    }

    /** Five variants; one image-only row; "130 cm" poles are out of stock and not oversold. */
    public static final String PRODUCTS = """
            Handle,Title,Vendor,Type,Tags,Option1 Name,Option1 Value,Variant SKU,Variant Inventory Tracker,Variant Inventory Qty,Variant Inventory Policy,Variant Price,Image Src,Variant ID
            ski-wax,Ski Wax,Alpine,Care,"wax, winter",Title,Default Title,WAX,shopify,10,deny,12.50,https://cdn.example/wax.jpg,1001
            ski-wax,,,,,,,,,,,,https://cdn.example/wax-2.jpg,
            ski-poles,Ski Poles,Alpine,Poles,,Length,120 cm,POLE-120,shopify,5,deny,40.00,,1002
            ski-poles,,,,,,130 cm,POLE-130,shopify,0,deny,40.00,,1003
            goggles,Goggles,Alpine,Eyewear,,Title,Default Title,GOG,shopify,3,deny,60.00,,1004
            gloves,Gloves,Alpine,Clothing,,Title,Default Title,GLOVE,shopify,8,deny,25.00,,1005
            """;

    /**
     * Ten orders, one a day from 1 January 2025, in Shopify's own date format; order-level columns
     * only on an order's first line, as Shopify writes them. Twenty lines; the gift card matches no
     * variant.
     *
     * <pre>
     * #1001 WAX POLE-120          #1006 POLE-130 WAX
     * #1002 WAX GOG               #1007 WAX GIFT (unmatched)
     * #1003 WAX POLE-120 GLOVE    #1008 GLOVE GOG
     * #1004 GOG GLOVE             #1009 POLE-120 WAX
     * #1005 WAX                   #1010 WAX GLOVE
     * </pre>
     */
    public static final String ORDERS = """
            Name,Email,Financial Status,Currency,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku
            #1001,,paid,EUR,2025-01-01 10:00:00 +0100,1,Ski Wax,12.50,WAX
            #1001,,,,,1,Ski Poles - 120 cm,40.00,POLE-120
            #1002,,paid,EUR,2025-01-02 10:00:00 +0100,2,Ski Wax,12.50,WAX
            #1002,,,,,1,Goggles,60.00,GOG
            #1003,,paid,EUR,2025-01-03 10:00:00 +0100,1,Ski Wax,12.50,WAX
            #1003,,,,,1,Ski Poles - 120 cm,40.00,POLE-120
            #1003,,,,,1,Gloves,25.00,GLOVE
            #1004,,paid,EUR,2025-01-04 10:00:00 +0100,1,Goggles,60.00,GOG
            #1004,,,,,1,Gloves,25.00,GLOVE
            #1005,,paid,EUR,2025-01-05 10:00:00 +0100,3,Ski Wax,12.50,WAX
            #1006,,paid,EUR,2025-01-06 10:00:00 +0100,1,Ski Poles - 130 cm,40.00,POLE-130
            #1006,,,,,1,Ski Wax,12.50,WAX
            #1007,,paid,EUR,2025-01-07 10:00:00 +0100,1,Ski Wax,12.50,WAX
            #1007,,,,,1,Gift Card,50.00,GIFT
            #1008,,paid,EUR,2025-01-08 10:00:00 +0100,1,Gloves,25.00,GLOVE
            #1008,,,,,1,Goggles,60.00,GOG
            #1009,,paid,EUR,2025-01-09 10:00:00 +0100,1,Ski Poles - 120 cm,40.00,POLE-120
            #1009,,,,,1,Ski Wax,12.50,WAX
            #1010,,paid,EUR,2025-01-10 10:00:00 +0100,1,Ski Wax,12.50,WAX
            #1010,,,,,1,Gloves,25.00,GLOVE
            """;
}
