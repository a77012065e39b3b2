package com.cartwise.formats.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.LineRecord;
import com.cartwise.domain.imports.OrderDate;
import com.cartwise.domain.imports.OrderHeader;
import com.cartwise.domain.imports.OrderRecord;
import com.cartwise.domain.imports.SourceRow;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.formats.Reading;
import com.cartwise.rest.CsvFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference bundle generator's orders.csv: a row per order line, naming the variant by Shopify id and/or SKU. */
class RunOrdersReaderTest {
    private static final String HEADER = "order_id,created_at,customer_id,variant_id,sku,product_title,quantity,price,discount,currency";

    @TempDir
    Path folder;

    private static ImportProblem rejection(Path file) {
        return Reading.rejection(file, UploadFormat.RUN_ORDERS);
    }

    private static LineRecord line(long line, String name, String sku, Long variantId, int quantity, String price, String discount) {
        return new LineRecord(new SourceRow(0, line), name, sku, variantId, quantity, price == null ? null : new BigDecimal(price), null,
                discount == null ? null : new BigDecimal(discount), "", false, false);
    }

    private static OrderHeader header(String createdAt, String currency, String customer) {
        return new OrderHeader(OrderDate.exactly(Instant.parse(createdAt)), Optional.ofNullable(currency).map(Currency::getInstance),
                Optional.empty(), "", Optional.empty(), "", Optional.empty(), "", customer);
    }

    @Test
    void readsAnOrdersLinesFromItsConsecutiveRows() {
        Path file = CsvFixture.write(folder, "orders.csv", HEADER,
                "5001,2024-03-04T10:00:00Z,901,44001,BOOT-42,Ski Boot,1,199.00,20.00,EUR",
                "5001,2024-03-04T10:00:00Z,901,44002,WAX,Ski Wax,2,12.50,,EUR",
                "5002,2024-03-05 09:30:00,,,WAX,Ski Wax,1,12.50,,");

        Reading.Read read = Reading.readAll(file, UploadFormat.RUN_ORDERS);

        assertEquals(List.of(
                new OrderRecord(new SourceRow(0, 2), "5001", header("2024-03-04T10:00:00Z", "EUR", "901"), List.of(
                        line(2, "Ski Boot", "BOOT-42", 44001L, 1, "199.00", "20.00"),
                        line(3, "Ski Wax", "WAX", 44002L, 2, "12.50", null))),
                new OrderRecord(new SourceRow(0, 4), "5002", header("2024-03-05T09:30:00Z", null, ""), List.of(
                        line(4, "Ski Wax", "WAX", null, 1, "12.50", null)))),
                read.records());
        assertEquals(3, read.rows());
        // One date without a zone makes the file's format the weaker one, and says so.
        assertEquals(new FileFacts(false, "without_offset", List.of("The dates carry no time zone (the file was re-saved by a"
                + " spreadsheet, or never had one): they were read as UTC."), 1, "order_id"), read.facts());
    }

    @Test
    void findsItsColumnsUnderAnySpellingOfTheAliasTable() {
        Path file = CsvFixture.write(folder, "orders.csv", "Order ID,Ordered At,Variant SKU,Qty,Unit Price",
                "#1001,2024-03-04 10:00:00 +0100,WAX,2,12.50");

        assertEquals(List.of(new OrderRecord(new SourceRow(0, 2), "#1001", header("2024-03-04T09:00:00Z", null, ""),
                List.of(line(2, "", "WAX", null, 2, "12.50", null)))), Reading.readAll(file, UploadFormat.RUN_ORDERS).records());
    }

    @Test
    void refusesALineWithoutItsOrder() {
        Path file = CsvFixture.write(folder, "orders.csv", HEADER, ",2024-03-04T10:00:00Z,901,44001,BOOT-42,Ski Boot,1,199.00,,EUR");

        assertEquals(new ImportProblem("orders.csv", 2, 1, "order_id", "", "is empty: every line names its order"), rejection(file));
    }

    @Test
    void refusesAQuantityOfZeroAtItsColumn() {
        Path file = CsvFixture.write(folder, "orders.csv", HEADER, "5001,2024-03-04T10:00:00Z,901,44001,BOOT-42,Ski Boot,0,199.00,,EUR");

        assertEquals(new ImportProblem("orders.csv", 2, 7, "quantity", "0", "must not be 0"), rejection(file));
    }

    @Test
    void refusesANegativePriceAtItsColumn() {
        Path file = CsvFixture.write(folder, "orders.csv", HEADER, "5001,2024-03-04T10:00:00Z,901,44001,BOOT-42,Ski Boot,1,-199.00,,EUR");

        assertEquals(new ImportProblem("orders.csv", 2, 8, "price", "-199.00", "must not be negative"), rejection(file));
    }

    @Test
    void refusesAVariantIdBelowOneAtItsColumn() {
        Path file = CsvFixture.write(folder, "orders.csv", HEADER, "5001,2024-03-04T10:00:00Z,901,-44001,BOOT-42,Ski Boot,1,199.00,,EUR");

        assertEquals(new ImportProblem("orders.csv", 2, 4, "variant_id", "-44001", "must be positive, but was -44001"), rejection(file));
    }

    @Test
    void refusesACurrencyThatIsNoIsoCode() {
        Path file = CsvFixture.write(folder, "orders.csv", HEADER, "5001,2024-03-04T10:00:00Z,901,44001,BOOT-42,Ski Boot,1,199.00,,EURO");

        assertEquals(new ImportProblem("orders.csv", 2, 10, "currency", "EURO", "'EURO' is not an ISO 4217 currency code such as EUR"),
                rejection(file));
    }

    @Test
    void refusesAnOrderWithoutADateOnItsFirstLine() {
        Path file = CsvFixture.write(folder, "orders.csv", HEADER, "5001,,901,44001,BOOT-42,Ski Boot,1,199.00,,EUR");

        assertEquals(new ImportProblem("orders.csv", 2, 2, "created_at", "", "is empty on the first line of order 5001"), rejection(file));
    }

    @Test
    void refusesAFileThatNamesNoVariantInAnyColumn() {
        Path file = CsvFixture.write(folder, "orders.csv", "order_id,created_at,quantity", "5001,2024-03-04T10:00:00Z,1");

        assertEquals(new ImportProblem("orders.csv", 1, 0, "sku or variant id", "missing column sku or variant id: the generator's"
                + " orders.csv names it as one of sku, variant_sku, lineitem_sku"), Reading.fileRejection(file, UploadFormat.RUN_ORDERS));
    }
}
