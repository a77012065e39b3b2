package com.cartwise.bootstrap.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CatalogueBuilderTest {

    @Test
    void computesTheGs1CheckDigitOfAKnownBarcode() {
        // 4006381333931 is GS1's worked example; ISBN 978-0-306-40615-7 uses the same digit.
        assertEquals(1, CatalogueBuilder.ean13CheckDigit("400638133393"));
        assertEquals(7, CatalogueBuilder.ean13CheckDigit("978030640615"));
    }

    @Test
    void roundsPricesAsShopsWriteThem() {
        assertEquals(new BigDecimal("349.95"), CatalogueBuilder.retailPrice(344.2));
        assertEquals(new BigDecimal("24.95"), CatalogueBuilder.retailPrice(24.01));
        assertEquals(new BigDecimal("9.90"), CatalogueBuilder.retailPrice(9.99));
    }

    @Test
    void makesHandlesAsShopifyDoes() {
        assertEquals("volkl-explorer-84", CatalogueBuilder.slug("Völkl Explorer 84"));
        assertEquals("swix-edge-tuner-88", CatalogueBuilder.slug("Swix Edge Tuner 88°"));
        assertEquals("zotter-hot-chocolate-70", CatalogueBuilder.slug("Zotter Hot Chocolate 70%"));
    }
}
