package com.cartwise.domain.catalog;

import static com.cartwise.domain.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariantRecordTest {
    private static final Product BOOT = new Product("rieker-l4655", "Rieker - L4655-35- Rouge", "Rieker", "Shoes", List.of("winter"));
    private static final BigDecimal PRICE = new BigDecimal("89.95");

    @Test
    void stripsOptionValuesSkuAndBarcode() {
        VariantRecord r = new VariantRecord(BOOT, List.of(" 40 ", "ROUGE "), " L4655-35-40 ", " 4061811 ", 123L, PRICE,
                Stock.tracked(2));

        assertEquals(List.of("40", "ROUGE"), r.optionValues());
        assertEquals("L4655-35-40", r.sku());
        assertEquals("4061811", r.barcode());
        assertEquals("40 / ROUGE", r.variantTitle());
    }

    @Test
    void missingOptionalPartsBecomeEmpty() {
        VariantRecord r = new VariantRecord(BOOT, null, null, null, null, PRICE, Stock.untracked());

        assertEquals(List.of(), r.optionValues());
        assertEquals("", r.sku());
        assertEquals("", r.barcode());
        assertNull(r.shopifyVariantId());
        assertEquals(Variant.DEFAULT_TITLE, r.variantTitle());
    }

    @Test
    void requiresAProduct() {
        assertRejected("product", () -> new VariantRecord(null, List.of(), "S", "", 1L, PRICE, Stock.untracked()));
    }

    @Test
    void hasAtMostThreeOptions() {
        assertEquals(3, new VariantRecord(BOOT, List.of("a", "b", "c"), "", "", null, PRICE, Stock.untracked())
                .optionValues().size());
        assertRejected("option_values",
                () -> new VariantRecord(BOOT, List.of("a", "b", "c", "d"), "", "", null, PRICE, Stock.untracked()));
    }

    @Test
    void aShopifyVariantIdIsPositive() {
        assertRejected("shopify_variant_id", () -> new VariantRecord(BOOT, List.of(), "", "", 0L, PRICE, Stock.untracked()));
        assertRejected("shopify_variant_id", () -> new VariantRecord(BOOT, List.of(), "", "", -4L, PRICE, Stock.untracked()));
    }

    @Test
    void requiresAPriceThatIsNotNegative() {
        assertRejected("price", () -> new VariantRecord(BOOT, List.of(), "", "", null, null, Stock.untracked()));
        assertRejected("price",
                () -> new VariantRecord(BOOT, List.of(), "", "", null, new BigDecimal("-0.01"), Stock.untracked()));
        assertEquals(BigDecimal.ZERO, new VariantRecord(BOOT, List.of(), "", "", null, BigDecimal.ZERO, Stock.untracked()).price());
    }

    @Test
    void requiresStockNamedAsTheInventoryQuantityColumn() {
        assertRejected("inventory_quantity", () -> new VariantRecord(BOOT, List.of(), "", "", null, PRICE, null));
    }

    @Test
    void theProductRequiresAHandleAndATitle() {
        assertRejected("handle", () -> new Product(" ", "Boot", null, null, null));
        assertRejected("title", () -> new Product("boot", null, null, null, null));
        Product bare = new Product("boot", "Boot", null, null, null);
        assertEquals("", bare.vendor());
        assertEquals("", bare.productType());
        assertEquals(List.of(), bare.tags());
    }

    @Test
    void aProductIsActiveUnlessItsStatusSaysOtherwise() {
        assertEquals(ProductStatus.ACTIVE, BOOT.status());
        assertEquals(ProductStatus.ARCHIVED, BOOT.withStatus(ProductStatus.ARCHIVED).status());
        assertEquals(BOOT, BOOT.withStatus(ProductStatus.ARCHIVED).withStatus(ProductStatus.ACTIVE));
        assertRejected("status", () -> new Product("boot", "Boot", null, null, null, null));
    }
}
