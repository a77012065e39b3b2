package com.cartwise.formats.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.RunInventoryRow;
import com.cartwise.domain.imports.SourceRow;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.formats.Reading;
import com.cartwise.rest.CsvFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference bundle generator's inventory_levels.csv: what is available of an inventory item at a location. */
class RunInventoryReaderTest {
    private static final String HEADER = "inventory_item_id,location_id,available";

    @TempDir
    Path folder;

    private static ImportProblem rejection(Path file) {
        return Reading.rejection(file, UploadFormat.RUN_INVENTORY_LEVELS);
    }

    @Test
    void readsWhatIsAvailableOfEachItemAtEachLocation() {
        Path file = CsvFixture.write(folder, "inventory_levels.csv", HEADER, "55001,Main Store,3", "55001,Warehouse,0", "55002,Main Store,-1");

        Reading.Read read = Reading.readAll(file, UploadFormat.RUN_INVENTORY_LEVELS);

        assertEquals(List.of(
                new RunInventoryRow(new SourceRow(0, 2), 55001, "Main Store", 3),
                new RunInventoryRow(new SourceRow(0, 3), 55001, "Warehouse", 0),
                new RunInventoryRow(new SourceRow(0, 4), 55002, "Main Store", -1)), read.records());
        assertEquals(3, read.rows());
    }

    @Test
    void findsOnHandUnderTheAliasTable() {
        Path file = CsvFixture.write(folder, "inventory_levels.csv", "Inventory Item,Location Name,On Hand", "55001,Main Store,3");

        assertEquals(List.of(new RunInventoryRow(new SourceRow(0, 2), 55001, "Main Store", 3)),
                Reading.readAll(file, UploadFormat.RUN_INVENTORY_LEVELS).records());
    }

    @Test
    void refusesAQuantityThatIsNoWholeNumber() {
        Path file = CsvFixture.write(folder, "inventory_levels.csv", HEADER, "55001,Main Store,3.5");

        assertEquals(new ImportProblem("inventory_levels.csv", 2, 3, "available", "3.5", "'3.5' is not a whole number"), rejection(file));
    }

    @Test
    void refusesAnInventoryItemIdBelowOneAtItsColumn() {
        Path file = CsvFixture.write(folder, "inventory_levels.csv", HEADER, "0,Main Store,3");

        assertEquals(new ImportProblem("inventory_levels.csv", 2, 1, "inventory_item_id", "0", "must be positive, but was 0"),
                rejection(file));
    }

    @Test
    void refusesARowWithoutALocationAtItsColumn() {
        Path file = CsvFixture.write(folder, "inventory_levels.csv", HEADER, "55001,,3");

        assertEquals(new ImportProblem("inventory_levels.csv", 2, 2, "location_id", "", "is required"), rejection(file));
    }

    @Test
    void refusesAFileWithoutAQuantityColumn() {
        Path file = CsvFixture.write(folder, "inventory_levels.csv", "inventory_item_id,location_id", "55001,Main Store");

        assertEquals(new ImportProblem("inventory_levels.csv", 1, 0, "available", "missing column available: the generator's"
                + " inventory_levels.csv names it as one of available, quantity_available, available_quantity, on_hand"),
                Reading.fileRejection(file, UploadFormat.RUN_INVENTORY_LEVELS));
    }
}
