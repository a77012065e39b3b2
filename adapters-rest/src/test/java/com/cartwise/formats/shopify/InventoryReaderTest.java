package com.cartwise.formats.shopify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.InventoryLevelRow;
import com.cartwise.domain.imports.SourceRow;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.imports.VariantReference;
import com.cartwise.formats.Reading;
import com.cartwise.rest.CsvFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shopify admin's Products > Inventory > Export: a variant's stock per location. */
class InventoryReaderTest {
    /** The columns of Shopify's export, in its order. */
    private static final String HEADER = "Handle,Title,Option1 Name,Option1 Value,Option2 Name,Option2 Value,Option3 Name,"
            + "Option3 Value,SKU,HS Code,COO,Location,Incoming,Unavailable,Committed,Available,On hand";

    @TempDir
    Path folder;

    private static InventoryLevelRow level(long line, String handle, List<String> options, String sku, String location,
                                           OptionalInt available, OptionalInt onHand) {
        return new InventoryLevelRow(new SourceRow(0, line), new VariantReference(handle, options, sku), location, available, onHand);
    }

    @Test
    void readsAVariantsStockPerLocationWithNotStockedAsNoFigure() {
        Path file = CsvFixture.write(folder, "inventory_export.csv", HEADER,
                "ski-boot,Ski Boot,Size,42,Colour,Black,,,BOOT-42-BLK,,,Main Store,0,0,1,3,4",
                "ski-boot,Ski Boot,Size,42,Colour,Black,,,BOOT-42-BLK,,,Warehouse,0,0,0,not stocked,not stocked",
                // Oversold: Shopify lets available fall below zero.
                "ski-wax,Ski Wax,Title,Default Title,,,,,WAX,,,Main Store,0,0,2,-2,0");

        Reading.Read read = Reading.readAll(file, UploadFormat.SHOPIFY_INVENTORY);

        assertEquals(List.of(
                level(2, "ski-boot", List.of("42", "Black"), "BOOT-42-BLK", "Main Store", OptionalInt.of(3), OptionalInt.of(4)),
                level(3, "ski-boot", List.of("42", "Black"), "BOOT-42-BLK", "Warehouse", OptionalInt.empty(), OptionalInt.empty()),
                level(4, "ski-wax", List.of("Default Title"), "WAX", "Main Store", OptionalInt.of(-2), OptionalInt.of(0))),
                read.records());
        assertEquals(List.of(), read.refused());
        assertEquals(3, read.rows());
        assertEquals(FileFacts.plain(List.of()), read.facts());
    }

    @Test
    void readsAnExportThatGivesOnlyOnHand() {
        Path file = CsvFixture.write(folder, "inventory_export.csv", "Handle,Option1 Value,SKU,Location,On hand",
                "ski-wax,Default Title,WAX,Main Store,7");

        assertEquals(List.of(level(2, "ski-wax", List.of("Default Title"), "WAX", "Main Store", OptionalInt.empty(), OptionalInt.of(7))),
                Reading.readAll(file, UploadFormat.SHOPIFY_INVENTORY).records());
    }

    @Test
    void refusesARowWithoutAHandleAloneAndReadsTheOthers() {
        Path file = CsvFixture.write(folder, "inventory_export.csv", HEADER,
                ",Ski Boot,Size,42,Colour,Black,,,BOOT-42-BLK,,,Main Store,0,0,1,3,4",
                "ski-wax,Ski Wax,Title,Default Title,,,,,WAX,,,Main Store,0,0,0,5,5");

        Reading.Read read = Reading.readAll(file, UploadFormat.SHOPIFY_INVENTORY);

        assertEquals(List.of(new ImportProblem("inventory_export.csv", 2, 1, "Handle", "", "is empty: every row names its product's handle")),
                read.refused());
        assertEquals(List.of(level(3, "ski-wax", List.of("Default Title"), "WAX", "Main Store", OptionalInt.of(5), OptionalInt.of(5))),
                read.records());
    }

    @Test
    void refusesARowWithoutALocation() {
        Path file = CsvFixture.write(folder, "inventory_export.csv", HEADER,
                "ski-boot,Ski Boot,Size,42,Colour,Black,,,BOOT-42-BLK,,,,0,0,1,3,4");

        assertEquals(new ImportProblem("inventory_export.csv", 2, 12, "Location", "", "is empty: every row names the location its stock is at"),
                Reading.rejection(file, UploadFormat.SHOPIFY_INVENTORY));
    }

    @Test
    void refusesAStockFigureThatIsNoWholeNumber() {
        Path file = CsvFixture.write(folder, "inventory_export.csv", HEADER,
                "ski-boot,Ski Boot,Size,42,Colour,Black,,,BOOT-42-BLK,,,Main Store,0,0,1,3.5,4");

        assertEquals(new ImportProblem("inventory_export.csv", 2, 16, "Available", "3.5", "'3.5' is not a whole number"),
                Reading.rejection(file, UploadFormat.SHOPIFY_INVENTORY));
    }

    @Test
    void refusesAFileWithoutALocationColumn() {
        Path file = CsvFixture.write(folder, "inventory_export.csv", "Handle,Option1 Value,SKU,Available", "ski-wax,Default Title,WAX,5");

        assertEquals(new ImportProblem("inventory_export.csv", 1, 0, "Location", "missing column Location: a Shopify inventory export"
                + " has Handle, Location"), Reading.fileRejection(file, UploadFormat.SHOPIFY_INVENTORY));
    }

    @Test
    void refusesAFileWithNeitherAvailableNorOnHand() {
        Path file = CsvFixture.write(folder, "inventory_export.csv", "Handle,Option1 Value,SKU,Location,Incoming",
                "ski-wax,Default Title,WAX,Main Store,5");

        assertEquals(new ImportProblem("inventory_export.csv", 1, 0, "Available, On hand", "missing column Available or On hand:"
                + " an inventory export gives stock in at least one of them"), Reading.fileRejection(file, UploadFormat.SHOPIFY_INVENTORY));
    }
}
