package com.cartwise.formats.shopify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRejectedException;
import com.cartwise.domain.imports.OrderRecord;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.orders.Order;
import com.cartwise.domain.orders.OrderLine;
import com.cartwise.formats.Reading;
import com.cartwise.formats.dates.DateFormat;
import com.cartwise.rest.CsvFixture;
import com.cartwise.application.testing.SharedData;
import com.cartwise.application.testing.SharedDataTest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrdersReaderTest {

    /** Everything the file holds, read to the end as a use case would. */
    record Read(List<Order> orders, long rows, DateFormat dateFormat, List<String> warnings) {
        Order named(String name) {
            return orders.stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
        }

        long lines() {
            return orders.stream().mapToLong(o -> o.lines().size()).sum();
        }

        long units() {
            return orders.stream().flatMap(o -> o.lines().stream()).mapToLong(OrderLine::quantity).sum();
        }
    }

    static Read readAll(Path file) {
        Reading.Read read = Reading.readAll(file, UploadFormat.SHOPIFY_ORDERS);
        if (!read.refused().isEmpty()) {
            throw new ImportRejectedException(read.refused().getFirst());
        }
        boolean monthFirst = read.facts().monthFirstDates();
        List<Order> orders = read.of(OrderRecord.class).stream().map(o -> new Order(o.name(),
                o.header().createdAt().read(monthFirst), o.header().currency().orElse(null), o.lines().stream()
                .map(l -> new OrderLine(l.name(), l.sku(), l.shopifyVariantId(), l.quantity(), l.price())).toList())).toList();
        DateFormat format = java.util.Arrays.stream(DateFormat.values())
                .filter(f -> f.wireName().equals(read.facts().dateFormat())).findFirst().orElseThrow();
        return new Read(orders, read.rows(), format, read.facts().warnings());
    }

    static ImportProblem rejection(Path file) {
        return Reading.rejection(file, UploadFormat.SHOPIFY_ORDERS);
    }

    static OrderLine line(String name, String sku, int quantity, String price) {
        return new OrderLine(name, sku, null, quantity, price == null ? null : new BigDecimal(price));
    }

    /** The real exports in ../shared/data; skipped, saying so, where that folder is absent. */
    @Nested
    @SharedDataTest
    class RealExports {

        @Test
        void readsTheRiekerOrdersWhoseSpreadsheetDatesPutTheDayFirst() {
            Read read = readAll(SharedData.file("shopify-store-rieker/orders_export.csv"));

            assertEquals(3_912, read.rows());
            assertEquals(3_087, read.orders().size());
            assertEquals(3_912, read.lines());
            assertEquals(646, read.orders().stream().filter(o -> o.lines().size() > 1).count());
            assertEquals(DateFormat.DAY_FIRST, read.dateFormat());
            // Day first is proven by the file (31/12/2023), not assumed; only the missing zone is worth a warning.
            assertEquals(1, read.warnings().size());
            assertTrue(read.warnings().getFirst().contains("UTC"));
        }

        @Test
        void readsARiekerOrderWithoutPricesWhichThatExportLacks() {
            Read read = readAll(SharedData.file("shopify-store-rieker/orders_export.csv"));

            assertEquals(new Order("#4087", Instant.parse("2023-12-31T22:36:00Z"), Currency.getInstance("CAD"),
                    List.of(line("Rieker - L4655-35- Rouge - 40 / ROUGE", "L4655.35 -0-0-0", 1, null))), read.orders().getFirst());
            assertEquals(Instant.parse("2021-11-22T11:05:00Z"), read.orders().getLast().createdAt());
        }

        @Test
        void groupsTheLinesOfAnOrderAcrossMultiLineNoteFields() {
            Order order = readAll(SharedData.file("shopify-store-rieker/orders_export.csv")).named("#2241");

            assertEquals(8, order.lines().size());
            assertEquals(Instant.parse("2022-11-20T08:12:00Z"), order.createdAt());
            assertEquals(line("Rieker - M9801-45- Gris - 42 / GRIS", "M9801.45 -0-0-0", 1, null), order.lines().getLast());
        }

        @Test
        void readsTheBakeryOrdersInShopifysOwnDateFormat() {
            Read read = readAll(SharedData.file("shopify-bakery/orders_export.csv"));

            assertEquals(18_887, read.rows());
            assertEquals(9_465, read.orders().size());
            assertEquals(20_507, read.units());
            assertEquals(DateFormat.WITH_OFFSET, read.dateFormat());
            assertEquals(List.of(), read.warnings());
            assertEquals(new Order("#1001", Instant.parse("2016-10-30T09:58:11Z"), Currency.getInstance("GBP"),
                    List.of(line("Bread", "BB-C61EB5", 1, "3.20"))), read.orders().getFirst());
            assertEquals(10, read.named("#10447").lines().size());
            assertEquals(Currency.getInstance("GBP"), read.named("#10447").currency());
        }

        @Test
        void readsShopifysCurrentSeventyNineColumnExportWithANegativeOffset() {
            Read read = readAll(SharedData.file("shopify-samples/orders_export_devstore.csv"));

            assertEquals(121, read.rows());
            assertEquals(51, read.orders().size());
            assertEquals(258, read.units());
            assertEquals(new Order("#1051", Instant.parse("2025-12-06T15:37:33Z"), Currency.getInstance("INR"),
                    List.of(line("Organic Ethiopian Coffee Beans", "CB-ETH-500", 1, "1299.00"))), read.orders().getFirst());
            assertEquals(5, read.named("#1044").lines().size());
        }
    }

    @Nested
    class HandWrittenExports {
        static final String HEADER = "Name,Email,Currency,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku";

        @TempDir
        Path folder;

        @Test
        void carriesTheOrderLevelColumnsOfAnOrdersFirstLineToItsOtherLines() {
            Path file = CsvFixture.write(folder, "orders.csv", HEADER,
                    "#1001,,EUR,2025-12-06 10:37:33 -0500,2,Ski Wax,12.50,WAX-S",
                    "#1001,,,,1,Ski Poles - 120 cm,40.00,POLE-120",
                    "#1002,,EUR,2025-12-06T11:00:00+01:00,1,Ski Wax,,WAX-S");

            Read read = readAll(file);

            assertEquals(List.of(
                    new Order("#1001", Instant.parse("2025-12-06T15:37:33Z"), Currency.getInstance("EUR"), List.of(
                            line("Ski Wax", "WAX-S", 2, "12.50"), line("Ski Poles - 120 cm", "POLE-120", 1, "40.00"))),
                    new Order("#1002", Instant.parse("2025-12-06T10:00:00Z"), Currency.getInstance("EUR"), List.of(
                            line("Ski Wax", "WAX-S", 1, null)))),
                    read.orders());
            assertEquals(3, read.rows());
        }

        @Test
        void readsSpreadsheetDatesMonthFirstWhenASecondNumberAbove12ProvesIt() {
            Path file = CsvFixture.write(folder, "orders.csv", HEADER,
                    "#1001,,EUR,01/02/2024 10:00,1,Ski Wax,,WAX-S",
                    "#1002,,EUR,12/31/2023 22:36,1,Ski Wax,,WAX-S");

            Read read = readAll(file);

            assertEquals(DateFormat.MONTH_FIRST, read.dateFormat());
            assertEquals(Instant.parse("2024-01-02T10:00:00Z"), read.orders().getFirst().createdAt());
            assertEquals(Instant.parse("2023-12-31T22:36:00Z"), read.orders().getLast().createdAt());
        }

        @Test
        void assumesDayFirstAndSaysSoWhenNoDateCanTell() {
            Path file = CsvFixture.write(folder, "orders.csv", HEADER, "#1001,,EUR,01/02/2024 10:00,1,Ski Wax,,WAX-S");

            Read read = readAll(file);

            assertEquals(DateFormat.DAY_FIRST, read.dateFormat());
            assertEquals(Instant.parse("2024-02-01T10:00:00Z"), read.orders().getFirst().createdAt());
            assertEquals(2, read.warnings().size());
            assertTrue(read.warnings().getFirst().contains("day first"));
        }

        @Test
        void rejectsAFileThatWritesDatesBothWaysNamingBothLines() {
            Path file = CsvFixture.write(folder, "orders.csv", HEADER,
                    "#1001,,EUR,31/12/2023 22:36,1,Ski Wax,,WAX-S",
                    "#1002,,EUR,05/06/2024 10:00,1,Ski Wax,,WAX-S",
                    "#1003,,EUR,12/31/2023 10:00,1,Ski Wax,,WAX-S");

            assertEquals(new ImportProblem("orders.csv", 4, 4, "Created at", "12/31/2023 10:00", "'12/31/2023 10:00' puts the month first,"
                    + " but line 2 ('31/12/2023 22:36') puts the day first: one file must write every date the same way"),
                    rejection(file));
        }

        @Test
        void rejectsADateThatIsNoDateInEitherOrder() {
            Path file = CsvFixture.write(folder, "orders.csv", HEADER, "#1001,,EUR,31/13/2023 22:36,1,Ski Wax,,WAX-S");

            ImportProblem problem = rejection(file);

            assertEquals(List.of(2L, 4, "Created at"), List.of(problem.line(), problem.column(), problem.columnName()));
        }

        @Test
        void rejectsADateThatIsNotADateAtItsLine() {
            Path file = CsvFixture.write(folder, "orders.csv", HEADER,
                    "#1001,,EUR,2025-12-06 10:37:33 -0500,1,Ski Wax,,WAX-S",
                    "#1002,,EUR,2025-02-30 10:37:33 -0500,1,Ski Wax,,WAX-S");

            assertEquals(new ImportProblem("orders.csv", 3, 4, "Created at", "2025-02-30 10:37:33 -0500",
                    "'2025-02-30 10:37:33 -0500' is not a date and time such as 2025-12-06 10:37:33 -0500, 2025-12-06T10:37:33Z,"
                            + " 2025-12-06 10:37 or 31/12/2023 22:36"),
                    rejection(file));
        }

        @Test
        void rejectsMissingRequiredColumnsAtTheHeader() {
            Path file = CsvFixture.write(folder, "orders.csv", "Name,Lineitem quantity,Lineitem name", "#1001,1,Ski Wax");

            ImportProblem problem = rejection(file);

            assertEquals(List.of(1L, 0, "Created at, Lineitem sku"), List.of(problem.line(), problem.column(), problem.columnName()));
        }

        @Test
        void rejectsAQuantityThatIsNotANumberOnTheLineWhereItStartsAfterAMultiLineField() {
            Path file = CsvFixture.write(folder, "orders.csv", HEADER,
                    "#1001,,EUR,2025-12-06 10:37:33 -0500,1,\"Gift box",
                    "with a card\",,GIFT",
                    "#1001,,,,one,Ski Wax,,WAX-S");

            assertEquals(new ImportProblem("orders.csv", 4, 5, "Lineitem quantity", "one", "'one' is not a whole number"), rejection(file));
        }

        @Test
        void rejectsAZeroQuantityAsTheDomainDoes() {
            Path file = CsvFixture.write(folder, "orders.csv", HEADER, "#1001,,EUR,2025-12-06 10:37:33 -0500,0,Ski Wax,,WAX-S");

            assertEquals(new ImportProblem("orders.csv", 2, 5, "Lineitem quantity", "0", "must not be 0"), rejection(file));
        }

        @Test
        void rejectsAnOrderWithoutADateOnItsFirstLine() {
            Path file = CsvFixture.write(folder, "orders.csv", HEADER, "#1001,,EUR,,1,Ski Wax,,WAX-S");

            assertEquals(new ImportProblem("orders.csv", 2, 4, "Created at", "is empty on the first line of order #1001 (if the"
                    + " order began earlier in the file, its lines are split by another order's: an order's lines must be consecutive)"),
                    rejection(file));
        }

        @Test
        void rejectsACurrencyThatIsNoIsoCode() {
            Path file = CsvFixture.write(folder, "orders.csv", HEADER, "#1001,,EURO,2025-12-06 10:37:33 -0500,1,Ski Wax,,WAX-S");

            assertEquals(new ImportProblem("orders.csv", 2, 3, "Currency", "EURO", "'EURO' is not an ISO 4217 currency code such as EUR"),
                    rejection(file));
        }

        @Test
        void rejectsALineWithNeitherNameNorSku() {
            Path file = CsvFixture.write(folder, "orders.csv", HEADER, "#1001,,EUR,2025-12-06 10:37:33 -0500,1,,,");

            assertEquals(new ImportProblem("orders.csv", 2, 6, "Lineitem name", "needs a name, a SKU or a variant id"),
                    rejection(file));
        }
    }
}
