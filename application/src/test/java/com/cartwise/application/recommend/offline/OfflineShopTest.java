package com.cartwise.application.recommend.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.LineRecord;
import com.cartwise.domain.imports.OrderDate;
import com.cartwise.domain.imports.OrderHeader;
import com.cartwise.domain.imports.OrderRecord;
import com.cartwise.domain.imports.SourceRow;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.imports.VariantRow;
import com.cartwise.domain.orders.Basket;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An upload's records become the baskets an import of them would train on. */
class OfflineShopTest {
    private static final Instant DAY_1 = Instant.parse("2024-05-01T10:00:00Z");
    private static final Instant DAY_2 = Instant.parse("2024-05-02T10:00:00Z");
    private static final Instant DAY_3 = Instant.parse("2024-05-03T10:00:00Z");

    private final OfflineShop shop = new OfflineShop(List.of("products_export.csv", "orders_export.csv"));

    @Test
    void itemCodesOfBasketDataAreVariantsNumberedInSkuByteOrderAndBasketsComeOldestFirst() {
        // items first seen in the order Z-9, B-2, a-1: ids by byte order of their codes: B-2 1, Z-9 2, a-1 3
        add(transaction(0, 1, "1002", DAY_2, item("Z-9"), item("a-1")), UploadFormat.TRANSACTIONS);
        add(transaction(0, 3, "1001", DAY_1, item("B-2"), item("Z-9"), item("B-2")), UploadFormat.TRANSACTIONS);
        fileRead(0);

        OfflineShop.Baskets made = shop.baskets();

        assertEquals(List.of(new Basket(DAY_1, 1, 2), new Basket(DAY_2, 2, 3)), List.copyOf(made.baskets()));
        assertEquals(2, made.orders());
        assertEquals(5, made.lines());
        assertEquals(0, made.unmatchedLines());
    }

    @Test
    void anInvoiceMetAgainLaterInATransactionFileJoinsItsFirstRunAndKeepsItsDate() {
        add(transaction(0, 2, "536365", DAY_1, item("A")), UploadFormat.TRANSACTIONS);
        add(transaction(0, 3, "536366", DAY_2, item("B")), UploadFormat.TRANSACTIONS);
        add(transaction(0, 4, "536365", DAY_3, item("C"), item("A")), UploadFormat.TRANSACTIONS);
        fileRead(0);

        assertEquals(List.of(new Basket(DAY_1, 1, 3), new Basket(DAY_2, 2)), List.copyOf(shop.baskets().baskets()));
        assertEquals(2, shop.baskets().orders());
    }

    @Test
    void anOrderOfAnOrdersExportListedAgainLaterIsRefusedNamingBothLines() {
        add(order(1, 2, "#1001", DAY_1, line("Ski Wax", "WAX")), UploadFormat.SHOPIFY_ORDERS);
        add(order(1, 3, "#1002", DAY_1, line("Ski Wax", "WAX")), UploadFormat.SHOPIFY_ORDERS);

        Optional<UploadProblem> again = shop.add(order(1, 4, "#1001", DAY_2, line("Goggles", "GOG")), UploadFormat.SHOPIFY_ORDERS);

        assertEquals(Optional.of(new UploadProblem(new SourceRow(1, 4), "#1001", "order #1001 appears again here, but its lines"
                + " began on line 2 and other orders came between: an order's lines must be consecutive")), again);
    }

    @Test
    void anOrderInTwoFilesIsRefusedNamingTheOther() {
        add(transaction(0, 2, "7", DAY_1, item("A")), UploadFormat.TRANSACTIONS);

        Optional<UploadProblem> again = shop.add(transaction(1, 5, "7", DAY_1, item("B")), UploadFormat.TRANSACTIONS);

        assertEquals("order 7 is also in products_export.csv line 2: an upload lists each order once", again.orElseThrow().reason());
    }

    @Test
    void linesOfAnOrdersExportFindTheirVariantBySkuElseByLineNameAndCancelledReturnedOrRefundedOnesMakeNoBasket() {
        // catalogue: WAX 1, GLV-M 2, GLV-L 3 (GLV shared by M and L, so it names neither), GOG 4
        add(variant(2, "ski-wax", "Ski Wax", List.of(), "WAX"), UploadFormat.SHOPIFY_PRODUCTS);
        add(variant(3, "gloves", "Gloves", List.of("M"), "GLV"), UploadFormat.SHOPIFY_PRODUCTS);
        add(variant(4, "gloves", "Gloves", List.of("L"), "GLV"), UploadFormat.SHOPIFY_PRODUCTS);
        add(variant(5, "goggles", "Goggles", List.of(), ""), UploadFormat.SHOPIFY_PRODUCTS);
        add(order(1, 2, "#1001", DAY_1, line("Ski Wax", "WAX"), line("Gloves - L", "GLV"), line("Gift Card", "")),
                UploadFormat.SHOPIFY_ORDERS);
        add(order(1, 5, "#1002", DAY_2, OrderHeader.placedAt(OrderDate.exactly(DAY_2)), line("Goggles", ""),
                new LineRecord(new SourceRow(1, 6), "Ski Wax", "WAX", null, -1, null, null, null, "", false, false)),
                UploadFormat.SHOPIFY_ORDERS);
        add(order(1, 7, "#1003", DAY_3, new OrderHeader(OrderDate.exactly(DAY_3), Optional.empty(), Optional.empty(), "refunded",
                Optional.empty(), "", Optional.empty(), "", ""), line("Goggles", "")), UploadFormat.SHOPIFY_ORDERS);
        add(order(1, 8, "#1004", DAY_3, new OrderHeader(OrderDate.exactly(DAY_3), Optional.empty(),
                Optional.of(OrderDate.exactly(DAY_3)), "", Optional.empty(), "", Optional.empty(), "", ""), line("Ski Wax", "WAX")),
                UploadFormat.SHOPIFY_ORDERS);
        fileRead(0);
        fileRead(1);

        OfflineShop.Baskets made = shop.baskets();

        // #1001: WAX by SKU, gloves L by name, the gift card nothing; #1002: goggles, the returned wax left out;
        // #1003 fully refunded and #1004 cancelled make none
        assertEquals(List.of(new Basket(DAY_1, 1, 3), new Basket(DAY_2, 4)), List.copyOf(made.baskets()));
        assertEquals(4, made.orders());
        assertEquals(4, made.lines());
        assertEquals(1, made.unmatchedLines());
    }

    @Test
    void ordersPlacedAtTheSameInstantComeInTheByteOrderOfTheirNames() {
        add(transaction(0, 2, "b", DAY_1, item("X")), UploadFormat.TRANSACTIONS);
        add(transaction(0, 3, "B", DAY_1, item("Y")), UploadFormat.TRANSACTIONS);
        add(transaction(0, 4, "10", DAY_1, item("Z")), UploadFormat.TRANSACTIONS);
        add(transaction(0, 5, "9", DAY_1, item("X"), item("Y")), UploadFormat.TRANSACTIONS);
        fileRead(0);

        // X 1, Y 2, Z 3; names in byte order: "10" < "9" < "B" < "b"
        assertEquals(List.of(new Basket(DAY_1, 3), new Basket(DAY_1, 1, 2), new Basket(DAY_1, 2), new Basket(DAY_1, 1)),
                List.copyOf(shop.baskets().baskets()));
    }

    @Test
    void aVariantListedTwiceIsRefused() {
        add(variant(2, "ski-wax", "Ski Wax", List.of(), "WAX"), UploadFormat.SHOPIFY_PRODUCTS);

        Optional<UploadProblem> twice = shop.add(variant(9, "ski-wax", "Ski Wax", List.of(), "WAX-2"), UploadFormat.SHOPIFY_PRODUCTS);

        assertEquals("lists the variant ski-wax () again, which products_export.csv line 2 already lists: a catalogue lists each"
                + " variant once", twice.orElseThrow().reason());
    }

    @Test
    void ordersWhoseLinesNameNothingMakeNoBaskets() {
        add(order(1, 2, "#1001", DAY_1, line("Ski Wax", "WAX")), UploadFormat.SHOPIFY_ORDERS);
        fileRead(1);

        OfflineShop.Baskets made = shop.baskets();

        assertTrue(made.baskets().isEmpty());
        assertEquals(1, made.unmatchedLines());
    }

    private void add(com.cartwise.domain.imports.ImportRecord record, UploadFormat format) {
        assertEquals(Optional.empty(), shop.add(record, format));
    }

    private void fileRead(int file) {
        shop.fileRead(file, FileFacts.plain(List.of()));
    }

    private static OrderRecord transaction(int file, long line, String name, Instant at, LineRecord... lines) {
        return order(file, line, name, at, lines);
    }

    private static OrderRecord order(int file, long line, String name, Instant at, LineRecord... lines) {
        return order(file, line, name, at, OrderHeader.placedAt(OrderDate.exactly(at)), lines);
    }

    private static OrderRecord order(int file, long line, String name, Instant at, OrderHeader header, LineRecord... lines) {
        return new OrderRecord(new SourceRow(file, line), name, header, List.of(lines));
    }

    private static LineRecord item(String code) {
        return new LineRecord(new SourceRow(0, 1), code, code, null, 1, null, null, null, "", false, true);
    }

    private static LineRecord line(String name, String sku) {
        return new LineRecord(new SourceRow(1, 1), name, sku, null, 1, null, null, null, "", false, false);
    }

    private static VariantRow variant(long line, String handle, String title, List<String> options, String sku) {
        return new VariantRow(new SourceRow(0, line), new VariantRecord(new Product(handle, title, "", "", List.of()), options, sku,
                "", null, new BigDecimal("10.00"), Stock.tracked(3)));
    }
}
