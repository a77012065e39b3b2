package com.cartwise.formats.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.catalog.ProductStatus;
import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.OrderDate;
import com.cartwise.domain.imports.RunProductRow;
import com.cartwise.domain.imports.SourceRow;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.formats.Reading;
import com.cartwise.rest.CsvFixture;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference bundle generator's catalog_joined.csv: a product per row, by its Shopify product id. */
class RunCatalogReaderTest {
    private static final String HEADER = "product_id,title,handle,product_type,vendor,tags,collections,created_at,status";

    @TempDir
    Path folder;

    private static ImportProblem rejection(Path file) {
        return Reading.rejection(file, UploadFormat.RUN_CATALOG);
    }

    @Test
    void readsEachProductWithItsListsAndNamesAProductWithoutAHandleByItsId() {
        Path file = CsvFixture.write(folder, "catalog_joined.csv", HEADER,
                "7001,Ski Boot,ski-boot,Boots,Rieker,\"winter, leather\",Winter|Sale,2023-10-01 08:00:00,active",
                "7002,Ski Wax,,Care,,,,,Draft");

        Reading.Read read = Reading.readAll(file, UploadFormat.RUN_CATALOG);

        assertEquals(List.of(
                new RunProductRow(new SourceRow(0, 2), 7001, new Product("ski-boot", "Ski Boot", "Rieker", "Boots",
                        List.of("winter", "leather"), ProductStatus.ACTIVE, "Boots", List.of("Winter", "Sale"), Optional.empty()),
                        Optional.of(OrderDate.exactly(Instant.parse("2023-10-01T08:00:00Z")))),
                new RunProductRow(new SourceRow(0, 3), 7002, new Product("product-7002", "Ski Wax", "", "Care", List.of(),
                        ProductStatus.DRAFT, "Care", List.of(), Optional.empty()), Optional.empty())),
                read.records());
        assertEquals(2, read.rows());
        assertEquals(new FileFacts(false, "without_offset", List.of("The dates carry no time zone (the file was re-saved by a"
                + " spreadsheet, or never had one): they were read as UTC."), 0, ""), read.facts());
    }

    @Test
    void readsSpreadsheetDatesInTheOrderTheWholeFileShows() {
        // 01/02/2024 alone could be either; 12/31/2023 on a later line can only be month first, so both are.
        Path file = CsvFixture.write(folder, "catalog_joined.csv", HEADER,
                "7001,Ski Boot,ski-boot,Boots,,,,01/02/2024 10:00,active",
                "7002,Ski Wax,ski-wax,Care,,,,12/31/2023 10:00,active");

        Reading.Read read = Reading.readAll(file, UploadFormat.RUN_CATALOG);
        List<Optional<Instant>> created = read.of(RunProductRow.class).stream()
                .map(row -> row.product(read.facts().monthFirstDates()).createdAt()).toList();

        assertEquals(List.of(Optional.of(Instant.parse("2024-01-02T10:00:00Z")), Optional.of(Instant.parse("2023-12-31T10:00:00Z"))),
                created);
        assertEquals("month_first", read.facts().dateFormat());
    }

    @Test
    void refusesAProductWithoutATitleAtItsColumn() {
        Path file = CsvFixture.write(folder, "catalog_joined.csv", HEADER, "7001,,ski-boot,Boots,,,,,active");

        assertEquals(new ImportProblem("catalog_joined.csv", 2, 2, "title", "", "is required"), rejection(file));
    }

    @Test
    void refusesAStatusShopifyDoesNotHave() {
        Path file = CsvFixture.write(folder, "catalog_joined.csv", HEADER, "7001,Ski Boot,ski-boot,Boots,,,,,sold out");

        assertEquals(new ImportProblem("catalog_joined.csv", 2, 9, "status", "sold out",
                "must be one of active, draft, archived, but was 'sold out'"), rejection(file));
    }

    @Test
    void refusesAProductIdThatIsNoNumber() {
        Path file = CsvFixture.write(folder, "catalog_joined.csv", HEADER, "boot,Ski Boot,ski-boot,Boots,,,,,active");

        assertEquals(new ImportProblem("catalog_joined.csv", 2, 1, "product_id", "boot", "'boot' is not a whole number"), rejection(file));
    }

    @Test
    void refusesAFileWithoutATitleColumn() {
        Path file = CsvFixture.write(folder, "catalog_joined.csv", "product_id,handle", "7001,ski-boot");

        assertEquals(new ImportProblem("catalog_joined.csv", 1, 0, "title", "missing column title: the generator's catalog_joined.csv"
                + " names it as one of title, product_title, product_name, name"), Reading.fileRejection(file, UploadFormat.RUN_CATALOG));
    }
}
