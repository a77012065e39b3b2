package com.cartwise.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRejectedException;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.rest.CsvFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file is told by its first line (a headerless basket file by its first few), or refused saying what would fit. */
class FormatDetectionTest {
    private static final String UNKNOWN = "is no file Cartwise knows by its header (Shopify products, orders, inventory or"
            + " customers export; the bundle generator's orders, variants, inventory_levels or catalog_joined files; a transaction"
            + " file with invoice, item and date columns; or one basket per line): export it from Shopify admin, or name its"
            + " type (?type= on an upload, --type for cartwise import, --format for cartwise evaluate)";

    @TempDir
    Path folder;

    private Path file(String name, String... lines) {
        return CsvFixture.write(folder, name, lines);
    }

    private static ImportProblem refusal(Path file) {
        return assertThrows(ImportRejectedException.class, () -> Reading.detect(file)).problem();
    }

    static Stream<Arguments> headers() {
        return Stream.of(
                Arguments.of("products_export.csv", UploadFormat.SHOPIFY_PRODUCTS,
                        "Handle,Title,Body (HTML),Vendor,Option1 Name,Option1 Value,Variant SKU,Variant Price,Image Src"),
                Arguments.of("orders_export.csv", UploadFormat.SHOPIFY_ORDERS,
                        "Name,Email,Financial Status,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku"),
                Arguments.of("inventory_export.csv", UploadFormat.SHOPIFY_INVENTORY,
                        "Handle,Title,Option1 Name,Option1 Value,SKU,Location,Incoming,Unavailable,Committed,Available,On hand"),
                Arguments.of("inventory_export.csv", UploadFormat.SHOPIFY_INVENTORY, "Handle,Option1 Value,SKU,Location,On hand"),
                Arguments.of("customers_export.csv", UploadFormat.SHOPIFY_CUSTOMERS,
                        "Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Total Spent,Total Orders,Tags"),
                Arguments.of("orders.csv", UploadFormat.RUN_ORDERS,
                        "order_id,created_at,customer_id,variant_id,sku,quantity,price,discount,total"),
                Arguments.of("orders.csv", UploadFormat.RUN_ORDERS, "Order ID,Created At,SKU,Qty,Price"),
                Arguments.of("variants.csv", UploadFormat.RUN_VARIANTS,
                        "variant_id,product_id,sku,title,price,compare_at_price,cost,inventory_item_id"),
                Arguments.of("inventory_levels.csv", UploadFormat.RUN_INVENTORY_LEVELS, "inventory_item_id,location_id,available"),
                Arguments.of("catalog_joined.csv", UploadFormat.RUN_CATALOG,
                        "product_id,title,handle,product_type,vendor,tags,collections,created_at,status"),
                Arguments.of("online_retail.csv", UploadFormat.TRANSACTIONS,
                        "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country"),
                Arguments.of("BreadBasket_DMS.csv", UploadFormat.TRANSACTIONS, "Date,Time,Transaction,Item"),
                // Excel's "CSV UTF-8" starts with a byte order mark, which must not hide the first column's name.
                Arguments.of("products_export.csv", UploadFormat.SHOPIFY_PRODUCTS, "\uFEFFHandle,Title,Option1 Value,Variant Price"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("headers")
    void tellsEachFormatFromItsHeader(String name, UploadFormat expected, String header) {
        assertEquals(expected, Reading.detect(file(name, header, "")));
    }

    @Test
    void tellsAGroceriesStyleBasketFileByItsVaryingItemCounts() {
        Path groceries = file("groceries.csv", "citrus fruit,semi-finished bread,margarine,ready soups", "tropical fruit,yogurt,coffee",
                "whole milk", "pip fruit,yogurt");

        assertEquals(UploadFormat.BASKET_LINES, Reading.detect(groceries));
    }

    @Test
    void tellsABasketFileOfPairsByItsFirstLinesItemsBoughtAgainBelow() {
        Path pairs = file("baskets.csv", "wax,poles", "wax,gloves", "poles,gloves", "wax,poles");

        assertEquals(UploadFormat.BASKET_LINES, Reading.detect(pairs));
    }

    @Test
    void refusesAFileOfPairsWhoseFirstLineCouldBeAHeaderNamingTheFileAndWhatWouldFit() {
        Path pairs = file("baskets.csv", "caviar,champagne", "wax,poles", "wax,gloves", "poles,gloves");

        assertEquals(new ImportProblem("baskets.csv", 1, 0, "", UNKNOWN), refusal(pairs));
    }

    @Test
    void tellsAFimiStyleBasketFileByItsLinesOfNumbers() {
        assertEquals(UploadFormat.BASKET_LINES, Reading.detect(file("retail.dat", "0 1 2 3 ", "30 31 32 ", "33 34 35 ")));
    }

    @Test
    void takesTheFormatTheMerchantNamesOverTheHeader() {
        Path groceries = file("groceries.csv", "whole milk", "yogurt");

        assertEquals(UploadFormat.BASKET_LINES,
                new FileFormats().detect(groceries, "groceries.csv", Optional.of(UploadFormat.BASKET_LINES)));
    }

    @Test
    void refusesAnUnknownHeaderNamingTheFileAndWhatWouldFit() {
        Path file = file("report.csv", "Week,Revenue,Visitors", "1,1200.00,310", "2,980.50,288", "3,1410.00,354");

        assertEquals(new ImportProblem("report.csv", 1, 0, "", UNKNOWN), refusal(file));
    }

    @Test
    void refusesAHeaderOfTwoFormatsAtOnceNamingBoth() {
        Path file = file("export.csv", "Handle,Title,Option1 Value,Variant Price,Location,Available", "");

        assertEquals(new ImportProblem("export.csv", 1, 0, "", "has the columns of products and inventory files at once: say which"
                + " it is, e.g. products (?type= on an upload, --type for cartwise import, --format for cartwise evaluate)"), refusal(file));
    }

    @Test
    void refusesAnEmptyFile() {
        Path file = CsvFixture.writeBytes(folder, "orders_export.csv", new byte[0]);

        assertEquals(new ImportProblem("orders_export.csv", 1, 0, "", "the file is empty: it has no header line"), refusal(file));
    }

    @Test
    void refusesASpreadsheetSavedAsXlsxBeforeAnyParserSeesIt() {
        // A zip archive's first bytes: a local file header, then binary lengths and flags.
        byte[] xlsx = new byte[64];
        byte[] start = "PK\u0003\u0004\u0014\u0000\u0006\u0000".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(start, 0, xlsx, 0, start.length);
        Path file = CsvFixture.writeBytes(folder, "orders_export.xlsx", xlsx);

        assertEquals(new ImportProblem("orders_export.xlsx", 1, 0, "", "is not a text file (62 control bytes in its first 64):"
                + " upload the export as CSV (UTF-8), not as a spreadsheet or archive"), refusal(file));
    }
}
