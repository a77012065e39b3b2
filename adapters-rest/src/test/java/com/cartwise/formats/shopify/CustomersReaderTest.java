package com.cartwise.formats.shopify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.imports.CustomerRow;
import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.SourceRow;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.formats.Reading;
import com.cartwise.rest.CsvFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shopify admin's Customers > Export, as exported today and in its older layout. */
class CustomersReaderTest {
    /** Today's export (its address columns shortened to one), in its order. */
    private static final String HEADER = "Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address City,"
            + "Phone,Total Spent,Total Orders,Note,Tax Exempt,Tags";

    @TempDir
    Path folder;

    private static ImportProblem rejection(Path file) {
        return Reading.rejection(file, UploadFormat.SHOPIFY_CUSTOMERS);
    }

    @Test
    void readsCustomersKeyedByTheirShopifyIdWithTheSpreadsheetApostropheRemoved() {
        Path file = CsvFixture.write(folder, "customers_export.csv", HEADER,
                "'7412345678901,Anna,Muster,anna@example.com,yes,Zürich,,120.50,3,,no,\"vip, newsletter\"",
                "7412345678902,Ben,Beispiel,ben@example.com,no,Bern,,0.00,0,,no,",
                "7412345678903,,,,,,,,,,,");

        Reading.Read read = Reading.readAll(file, UploadFormat.SHOPIFY_CUSTOMERS);

        assertEquals(List.of(
                new CustomerRow(new SourceRow(0, 2), "7412345678901", Optional.of(7412345678901L), "anna@example.com", "Anna",
                        "Muster", OptionalInt.of(3), Optional.of(new BigDecimal("120.50")), List.of("vip", "newsletter"),
                        Optional.of(true)),
                new CustomerRow(new SourceRow(0, 3), "7412345678902", Optional.of(7412345678902L), "ben@example.com", "Ben",
                        "Beispiel", OptionalInt.of(0), Optional.of(new BigDecimal("0.00")), List.of(), Optional.of(false)),
                // Nothing known but the id: nothing assumed.
                new CustomerRow(new SourceRow(0, 4), "7412345678903", Optional.of(7412345678903L), "", "", "", OptionalInt.empty(),
                        Optional.empty(), List.of(), Optional.empty())),
                read.records());
        assertEquals(3, read.rows());
        assertEquals(FileFacts.plain(List.of()), read.facts());
    }

    @Test
    void readsAnOlderExportWithoutCustomerIdKeyedByEmail() {
        Path file = CsvFixture.write(folder, "customers_export.csv",
                "First Name,Last Name,Email,Accepts Marketing,Company,Total Spent,Total Orders,Tags,Note,Tax Exempt",
                "Carla,Exempel,carla@example.com,TRUE,,45.00,1,,,no");

        assertEquals(List.of(new CustomerRow(new SourceRow(0, 2), "carla@example.com", Optional.empty(), "carla@example.com", "Carla",
                "Exempel", OptionalInt.of(1), Optional.of(new BigDecimal("45.00")), List.of(), Optional.of(true))),
                Reading.readAll(file, UploadFormat.SHOPIFY_CUSTOMERS).records());
    }

    @Test
    void refusesACustomerIdThatIsNoNumber() {
        Path file = CsvFixture.write(folder, "customers_export.csv", HEADER,
                "A-17,Anna,Muster,anna@example.com,yes,Zürich,,120.50,3,,no,");

        assertEquals(new ImportProblem("customers_export.csv", 2, 1, "Customer ID", "A-17", "is not a Shopify customer id (a whole number)"),
                rejection(file));
    }

    @Test
    void refusesANegativeTotalSpentAtItsColumn() {
        Path file = CsvFixture.write(folder, "customers_export.csv", HEADER,
                "7412345678901,Anna,Muster,anna@example.com,yes,Zürich,,-5.00,3,,no,");

        assertEquals(new ImportProblem("customers_export.csv", 2, 8, "Total Spent", "-5.00", "must not be negative"), rejection(file));
    }

    @Test
    void refusesANegativeOrderCountAtItsColumn() {
        Path file = CsvFixture.write(folder, "customers_export.csv", HEADER,
                "7412345678901,Anna,Muster,anna@example.com,yes,Zürich,,120.50,-3,,no,");

        assertEquals(new ImportProblem("customers_export.csv", 2, 9, "Total Orders", "-3", "must not be negative"), rejection(file));
    }

    @Test
    void refusesAMarketingConsentThatIsNeitherYesNorNo() {
        Path file = CsvFixture.write(folder, "customers_export.csv", HEADER,
                "7412345678901,Anna,Muster,anna@example.com,maybe,Zürich,,120.50,3,,no,");

        assertEquals(new ImportProblem("customers_export.csv", 2, 5, "Accepts Email Marketing", "maybe", "is neither yes nor no"),
                rejection(file));
    }

    @Test
    void refusesACustomerWithNeitherIdNorEmail() {
        Path file = CsvFixture.write(folder, "customers_export.csv", HEADER, ",Anna,Muster,,yes,Zürich,,120.50,3,,no,");

        assertEquals(new ImportProblem("customers_export.csv", 2, 0, "", "customer: needs a Customer ID or an Email"), rejection(file));
    }

    @Test
    void refusesAFileWithoutTotalSpent() {
        Path file = CsvFixture.write(folder, "customers_export.csv", "Customer ID,Email", "7412345678901,anna@example.com");

        assertEquals(new ImportProblem("customers_export.csv", 1, 0, "Total Spent", "missing column Total Spent: a Shopify customers"
                + " export has Email, Total Spent"), Reading.fileRejection(file, UploadFormat.SHOPIFY_CUSTOMERS));
    }
}
