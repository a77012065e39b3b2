package com.cartwise.domain.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.catalog.Variant;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunVariantRowTest {
    private static RunVariantRow titled(String title) {
        return new RunVariantRow(new SourceRow(0, 2), 44001, 7001, "BOOT-42", title, new BigDecimal("199.00"), null, null, null);
    }

    @Test
    void aVariantsOptionsAreItsTitlesParts() {
        assertEquals(List.of("42", "Black"), titled("42 / Black").optionValues());
        assertEquals(List.of("XL"), titled("XL").optionValues());
    }

    @Test
    void aVariantWithoutATitleIsItsProductsDefaultVariant() {
        assertEquals(List.of(Variant.DEFAULT_TITLE), titled("").optionValues());
        assertEquals(List.of(Variant.DEFAULT_TITLE), titled("   ").optionValues());
        assertEquals(List.of(Variant.DEFAULT_TITLE), titled("Default Title").optionValues());
    }

    @Test
    void aBlankPartIsNoOptionSoTheVariantsTitleIsTheOneItsOptionsGive() {
        RunVariantRow row = titled("42 /   / Black");

        assertEquals(List.of("42", "Black"), row.optionValues());
        assertEquals("Ski Boot - 42 / Black", Variant.lineNameOf("Ski Boot", row.optionValues()));
    }

    @Test
    void aSlashWithoutSpacesIsPartOfAnOption() {
        assertEquals(List.of("1/2 size", "Red"), titled("1/2 size / Red").optionValues());
    }
}
