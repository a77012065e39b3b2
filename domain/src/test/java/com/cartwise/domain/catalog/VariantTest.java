package com.cartwise.domain.catalog;

import static com.cartwise.domain.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class VariantTest {
    private static final Money PRICE = Money.of("89.95", "EUR");

    private static Variant variant(String productTitle, List<String> options, String sku, Long shopifyId) {
        return new Variant(7, "handle", options, sku, shopifyId, productTitle, PRICE, Stock.tracked(1), ProductStatus.ACTIVE);
    }

    private static Variant variant(Stock stock, ProductStatus productStatus) {
        return new Variant(7, "handle", List.of(), "", null, "Ski Wax", PRICE, stock, productStatus);
    }

    @Test
    void theVariantTitleJoinsTheOptionValues() {
        assertEquals("40 / ROUGE", Variant.titleOf(List.of("40", "ROUGE")));
        assertEquals("M", Variant.titleOf(List.of("M")));
    }

    @Test
    void blankOptionValuesAreSkipped() {
        assertEquals("Red / L", Variant.titleOf(List.of("Red", " ", "L")));
    }

    @Test
    void aVariantWithoutOptionsHasShopifysDefaultTitle() {
        assertEquals("Default Title", Variant.titleOf(List.of()));
        assertEquals("Default Title", Variant.titleOf(List.of("", "")));
        assertEquals("Default Title", Variant.titleOf(List.of("Default Title")));
    }

    @Test
    void theLineNameIsTheProductTitleThenTheVariantTitle() {
        // as on a Shopify order line
        assertEquals("Rieker - L4655-35- Rouge - 40 / ROUGE",
                variant("Rieker - L4655-35- Rouge", List.of("40", "ROUGE"), "", null).lineName());
    }

    @Test
    void theLineNameOfTheDefaultVariantIsTheProductTitleAlone() {
        assertEquals("Ski Wax", variant("Ski Wax", List.of(), "", null).lineName());
        assertEquals("Ski Wax", variant("Ski Wax", List.of("Default Title"), "", null).lineName());
        assertEquals("Ski Wax", Variant.lineNameOf("Ski Wax", List.of(" ")));
    }

    @Test
    void aMissingSkuIsEmptyAndNoSku() {
        Variant v = variant("Ski Wax", List.of(), null, null);

        assertEquals("", v.sku());
        assertEquals(Optional.empty(), v.skuIfAny());
        assertEquals(Optional.empty(), variant("Ski Wax", List.of(), "  ", null).skuIfAny());
        assertEquals(Optional.of("WAX"), variant("Ski Wax", List.of(), "WAX", null).skuIfAny());
    }

    @Test
    void theShopifyIdIsOptional() {
        assertEquals(OptionalLong.empty(), variant("Ski Wax", List.of(), "", null).shopifyId());
        assertEquals(OptionalLong.of(40_000_000_001L), variant("Ski Wax", List.of(), "", 40_000_000_001L).shopifyId());
    }

    @Test
    void theOptionValuesCannotChangeAfterwards() {
        List<String> options = new ArrayList<>(List.of("M"));
        Variant v = variant("Ski Gloves", options, "", null);
        options.add("Black");

        assertEquals(List.of("M"), v.optionValues());
        assertThrows(UnsupportedOperationException.class, () -> v.optionValues().add("Red"));
        assertEquals("M", v.variantTitle());
    }

    @Test
    void isSellableOnlyWhileItsProductIsActiveAndItIsAvailable() {
        assertTrue(variant(Stock.tracked(1), ProductStatus.ACTIVE).sellable());
        assertTrue(variant(new Stock(true, 0, true), ProductStatus.ACTIVE).sellable());
        assertFalse(variant(Stock.tracked(0), ProductStatus.ACTIVE).sellable());
        assertFalse(variant(Stock.untracked(), ProductStatus.DRAFT).sellable());
        assertFalse(variant(Stock.tracked(5), ProductStatus.ARCHIVED).sellable());
    }

    @Test
    void requiresItsProductsStatus() {
        assertRejected("product_status", () -> variant(Stock.tracked(1), null));
    }
}
