package com.cartwise.formats.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.RunVariantRow;
import com.cartwise.domain.imports.SourceRow;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.formats.Reading;
import com.cartwise.rest.CsvFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference bundle generator's variants.csv: a Shopify variant per row, with its product's id. */
class RunVariantsReaderTest {
    private static final String HEADER = "variant_id,product_id,sku,title,price,compare_at_price,cost,inventory_item_id";

    @TempDir
    Path folder;

    private static ImportProblem rejection(Path file) {
        return Reading.rejection(file, UploadFormat.RUN_VARIANTS);
    }

    @Test
    void readsEachVariantWithItsProductAndInventoryItem() {
        Path file = CsvFixture.write(folder, "variants.csv", HEADER,
                "44001,7001,BOOT-42,42 / Black,199.00,249.00,80.00,55001",
                "44002,7002,WAX,Default Title,12.50,,,");

        Reading.Read read = Reading.readAll(file, UploadFormat.RUN_VARIANTS);

        assertEquals(List.of(
                new RunVariantRow(new SourceRow(0, 2), 44001, 7001, "BOOT-42", "42 / Black", new BigDecimal("199.00"),
                        new BigDecimal("249.00"), new BigDecimal("80.00"), 55001L),
                new RunVariantRow(new SourceRow(0, 3), 44002, 7002, "WAX", "Default Title", new BigDecimal("12.50"), null, null, null)),
                read.records());
        assertEquals(2, read.rows());
    }

    @Test
    void refusesAVariantWithoutAPrice() {
        Path file = CsvFixture.write(folder, "variants.csv", HEADER, "44001,7001,BOOT-42,42 / Black,,249.00,80.00,55001");

        assertEquals(new ImportProblem("variants.csv", 2, 5, "price", "", "'' is not a number like 12.50"), rejection(file));
    }

    @Test
    void refusesAVariantIdThatIsNoNumber() {
        Path file = CsvFixture.write(folder, "variants.csv", HEADER, "gid://shopify/ProductVariant/44001,7001,BOOT-42,42,199.00,,,");

        assertEquals(new ImportProblem("variants.csv", 2, 1, "variant_id", "gid://shopify/ProductVariant/44001",
                "'gid://shopify/ProductVariant/44001' is not a whole number"), rejection(file));
    }

    @Test
    void refusesAProductIdBelowOneAtItsColumn() {
        Path file = CsvFixture.write(folder, "variants.csv", HEADER, "44001,0,BOOT-42,42,199.00,,,");

        assertEquals(new ImportProblem("variants.csv", 2, 2, "product_id", "0", "must be positive, but was 0"), rejection(file));
    }

    @Test
    void refusesANegativeCompareAtPriceAtItsColumn() {
        Path file = CsvFixture.write(folder, "variants.csv", HEADER, "44001,7001,BOOT-42,42,199.00,-249.00,,");

        assertEquals(new ImportProblem("variants.csv", 2, 6, "compare_at_price", "-249.00", "must not be negative"), rejection(file));
    }

    @Test
    void refusesANegativeCostAtItsColumn() {
        Path file = CsvFixture.write(folder, "variants.csv", HEADER, "44001,7001,BOOT-42,42,199.00,,-80.00,");

        assertEquals(new ImportProblem("variants.csv", 2, 7, "cost", "-80.00", "must not be negative"), rejection(file));
    }

    @Test
    void refusesAFileWithoutAProductIdColumn() {
        Path file = CsvFixture.write(folder, "variants.csv", "variant_id,sku,price", "44001,BOOT-42,199.00");

        assertEquals(new ImportProblem("variants.csv", 1, 0, "product id", "missing column product id: the generator's variants.csv"
                + " names it as one of product_id, shopify_product_id"), Reading.fileRejection(file, UploadFormat.RUN_VARIANTS));
    }
}
