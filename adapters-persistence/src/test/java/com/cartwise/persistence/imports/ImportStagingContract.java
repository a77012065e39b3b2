package com.cartwise.persistence.imports;

import static com.cartwise.persistence.testing.Fixtures.newShop;
import static com.cartwise.persistence.testing.Fixtures.order;
import static com.cartwise.persistence.testing.Fixtures.line;
import static com.cartwise.persistence.testing.Fixtures.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.imports.CustomerRow;
import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.InventoryLevelRow;
import com.cartwise.domain.imports.MergeSummary;
import com.cartwise.domain.imports.Refusal;
import com.cartwise.domain.imports.SourceRow;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.imports.VariantReference;
import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.testing.Ports;
import com.cartwise.persistence.testing.Staged;
import com.cartwise.persistence.testing.Upload;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What every {@code ImportStaging} does with the uploads that are not a products or orders
 * export (those are in the catalogue and order-history contracts), PostgreSQL's and the in-memory
 * fake alike: lenient imports and their refusal report, Shopify's inventory and customers exports.
 * Problems are compared by their place (file, line, column); their wording is each adapter's own.
 */
public abstract class ImportStagingContract {
    static final FileFacts PLAIN = FileFacts.plain(List.of());
    private static final FileFacts ORDERS = new FileFacts(false, "with_offset", List.of(), 1, "Name");
    private static final String MONDAY = "2024-03-04T10:00:00Z";

    protected abstract Ports ports();

    /** "file:line:column" of each problem, in the order given. */
    static List<String> places(List<ImportProblem> problems) {
        return problems.stream().map(p -> p.file() + ":" + p.line() + ":" + p.column()).toList();
    }

    /** The shop's variants by SKU, each as "price, stock". */
    static Map<String, String> stockAndPrices(Ports ports, ShopId shop) {
        return ports.allVariants(shop).stream().collect(Collectors.toMap(Variant::sku,
                v -> v.price().amountText() + ", " + (v.stock().tracked() ? v.stock().quantity() + " in stock" : "untracked")));
    }

    /** The shop's variants' ids by SKU. */
    static Map<String, Long> ids(Ports ports, ShopId shop) {
        return ports.allVariants(shop).stream().collect(Collectors.toMap(Variant::sku, Variant::id));
    }

    private ShopId shopWithBootsAndWax() {
        ShopId shop = newShop(ports().shops(), "EUR");
        Staged.catalogue(ports(), shop, List.of(variant("boot", "Boot", "BOOT-42", "100.00", "42"),
                variant("wax", "Wax", "WAX", "9.00")).iterator());
        return shop;
    }

    @Test
    void aLenientImportKeepsTheRowsItsReadersRefusedInItsReportInOrder() {
        ShopId shop = shopWithBootsAndWax();
        ImportProblem negative = new ImportProblem("orders_export.csv", 3, 4, "Lineitem quantity", "-2", "'-2' is negative");
        ImportProblem takenWithIt = new ImportProblem("orders_export.csv", 4, 0, "", "", "belongs to order #1002, whose line 3 was refused");

        Upload.Lenient imported = Upload.to(ports(), shop)
                .file("orders_export.csv", UploadFormat.SHOPIFY_ORDERS, ORDERS, Staged.orderRecords(List.of(
                        order("#1001", MONDAY, line("Wax", "WAX"))).iterator()))
                .refused(negative, takenWithIt)
                .mergeLeniently();

        assertEquals(List.of(), imported.problems());
        assertEquals(1L, imported.merged().countsPerFile().getFirst().get("orders_added"));
        assertEquals(List.of(new Refusal(1, negative), new Refusal(2, takenWithIt)),
                ports().jobs().refusals(shop, imported.job(), 0, 10));
        assertEquals(List.of(new Refusal(2, takenWithIt)), ports().jobs().refusals(shop, imported.job(), 1, 10));
    }

    @Test
    void aLenientCheckTakesEveryListingOfAnOrderGivenTwiceOutOfTheImportAndReportsEachOfItsRows() {
        ShopId shop = shopWithBootsAndWax();
        long wax = ids(ports(), shop).get("WAX");

        // #1001 on line 2, #1002 on line 3, #1001 again on line 4: which #1001 is the order cannot be told.
        Upload.Lenient imported = Upload.to(ports(), shop)
                .file("orders_export.csv", UploadFormat.SHOPIFY_ORDERS, ORDERS, Staged.orderRecords(List.of(
                        order("#1001", MONDAY, line("Boot", "BOOT-42")),
                        order("#1002", MONDAY, line("Wax", "WAX")),
                        order("#1001", MONDAY, line("Wax", "WAX"))).iterator()))
                .mergeLeniently();

        assertEquals(List.of("orders_export.csv:2:0", "orders_export.csv:4:0"), places(imported.problems()));
        assertEquals(List.of("orders_export.csv:2:0", "orders_export.csv:4:0"), places(ports().jobs()
                .refusals(shop, imported.job(), 0, 10).stream().map(Refusal::problem).toList()));
        assertEquals(List.of(1L, 1L), List.of(imported.merged().countsPerFile().getFirst().get("orders_added"),
                imported.merged().countsPerFile().getFirst().get("lines")));
        assertEquals(List.of(new Basket(Instant.parse(MONDAY), wax)), ports().orderHistory().baskets(shop).baskets());
    }

    private static InventoryLevelRow level(long line, String handle, String sku, String location, Integer available, Integer onHand,
                                           String... options) {
        return new InventoryLevelRow(new SourceRow(0, line), new VariantReference(handle, List.of(options), sku), location,
                available == null ? OptionalInt.empty() : OptionalInt.of(available), onHand == null ? OptionalInt.empty() : OptionalInt.of(onHand));
    }

    private Upload inventory(ShopId shop, InventoryLevelRow... levels) {
        return Upload.to(ports(), shop).file("inventory_export.csv", UploadFormat.SHOPIFY_INVENTORY, PLAIN, levels);
    }

    @Test
    void aVariantsStockIsWhatIsAvailableAtItsLocationsTogether() {
        ShopId shop = shopWithBootsAndWax();

        MergeSummary merged = inventory(shop,
                level(2, "boot", "BOOT-42", "Main Store", 3, 4, "42"),
                // No Available column figure: On hand is what there is.
                level(3, "boot", "BOOT-42", "Warehouse", null, 6, "42"),
                // Named by its SKU alone; "not stocked" there.
                level(4, "", "WAX", "Main Store", null, null)).merge();

        assertEquals(Map.of("stock_levels", 3L, "variants_restocked", 2L), merged.countsPerFile().getFirst());
        assertEquals(true, merged.catalogueChanged());
        assertEquals(Map.of("BOOT-42", "100.00, 9 in stock", "WAX", "9.00, 0 in stock"), stockAndPrices(ports(), shop));
    }

    @Test
    void aLaterInventoryImportReplacesTheLocationsItNamesAndKeepsTheOthers() {
        ShopId shop = shopWithBootsAndWax();
        inventory(shop, level(2, "boot", "BOOT-42", "Main Store", 3, 3, "42"), level(3, "boot", "BOOT-42", "Warehouse", 6, 6, "42"))
                .merge();

        MergeSummary merged = inventory(shop, level(2, "boot", "BOOT-42", "Main Store", 1, 1, "42")).merge();

        assertEquals(Map.of("stock_levels", 1L, "variants_restocked", 1L), merged.countsPerFile().getFirst());
        assertEquals("100.00, 7 in stock", stockAndPrices(ports(), shop).get("BOOT-42"));
    }

    @Test
    void stockOfAVariantTheShopDoesNotHaveRefusesTheUploadAtItsRowAndChangesNothing() {
        ShopId shop = shopWithBootsAndWax();

        List<ImportProblem> problems = inventory(shop,
                level(2, "boot", "BOOT-42", "Main Store", 3, 3, "42"),
                level(3, "ski-goggles", "", "Main Store", 2, 2, "Default Title")).problems(false);

        assertEquals(List.of("inventory_export.csv:3:0"), places(problems));
        assertEquals(Map.of("BOOT-42", "100.00, 5 in stock", "WAX", "9.00, 5 in stock"), stockAndPrices(ports(), shop));
    }

    @Test
    void aLenientInventoryImportLeavesOutStockOfUnknownVariantsAndStocksTheRest() {
        ShopId shop = shopWithBootsAndWax();

        Upload.Lenient imported = inventory(shop,
                level(2, "ski-goggles", "", "Main Store", 2, 2, "Default Title"),
                level(3, "boot", "BOOT-42", "Main Store", 3, 3, "42")).mergeLeniently();

        assertEquals(List.of("inventory_export.csv:2:0"), places(imported.problems()));
        assertEquals(Map.of("stock_levels", 1L, "variants_restocked", 1L), imported.merged().countsPerFile().getFirst());
        assertEquals("100.00, 3 in stock", stockAndPrices(ports(), shop).get("BOOT-42"));
    }

    private static CustomerRow customer(long line, String key, String email, String firstName, String totalSpent) {
        Optional<Long> shopifyId = key.contains("@") ? Optional.empty() : Optional.of(Long.parseLong(key));
        return new CustomerRow(new SourceRow(0, line), key, shopifyId, email, firstName, "Muster", OptionalInt.of(1),
                Optional.of(new BigDecimal(totalSpent)), List.of("vip"), Optional.of(true));
    }

    private Upload customers(ShopId shop, CustomerRow... rows) {
        return Upload.to(ports(), shop).file("customers_export.csv", UploadFormat.SHOPIFY_CUSTOMERS, PLAIN, rows);
    }

    @Test
    void customersAreAddedOnceAndUpdatedByTheirIdOrEmailAfterwards() {
        ShopId shop = newShop(ports().shops(), "EUR");
        MergeSummary first = customers(shop,
                customer(2, "7001", "anna@example.com", "Anna", "120.50"),
                customer(3, "carla@example.com", "carla@example.com", "Carla", "45.00")).merge();

        MergeSummary again = customers(shop,
                customer(2, "7001", "anna.muster@example.com", "Anna", "180.00"),
                customer(3, "7002", "ben@example.com", "Ben", "0.00"),
                customer(4, "carla@example.com", "carla@example.com", "Carla", "45.00")).merge();

        assertEquals(Map.of("customers_added", 2L, "customers_updated", 0L), first.countsPerFile().getFirst());
        assertEquals(Map.of("customers_added", 1L, "customers_updated", 2L), again.countsPerFile().getFirst());
        assertEquals(false, again.catalogueChanged() || again.ordersChanged());
    }

    @Test
    void aCustomerListedTwiceRefusesTheUploadAtTheSecondListing() {
        ShopId shop = newShop(ports().shops(), "EUR");

        List<ImportProblem> problems = customers(shop,
                customer(2, "7001", "anna@example.com", "Anna", "120.50"),
                customer(3, "7002", "ben@example.com", "Ben", "0.00"),
                customer(4, "7001", "anna@example.com", "Anna", "120.50")).problems(false);

        assertEquals(List.of("customers_export.csv:4:0"), places(problems));
    }
}
