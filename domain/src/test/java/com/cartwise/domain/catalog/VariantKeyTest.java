package com.cartwise.domain.catalog;

import static com.cartwise.domain.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class VariantKeyTest {

    @Test
    void anInternalIdIsPositive() {
        assertEquals(1, new VariantKey.ById(1).variantId());
        InvalidInputException e = assertRejected("variant_id", () -> new VariantKey.ById(0));
        assertEquals("must be positive, but was 0", e.problem());
        assertRejected("variant_id", () -> new VariantKey.ById(-7));
    }

    @Test
    void aShopifyVariantIdIsPositive() {
        assertEquals(40_123_456_789L, new VariantKey.ByShopifyVariantId(40_123_456_789L).shopifyVariantId());
        InvalidInputException e = assertRejected("shopify_variant_id", () -> new VariantKey.ByShopifyVariantId(-1));
        assertEquals("must be positive, but was -1", e.problem());
        assertRejected("shopify_variant_id", () -> new VariantKey.ByShopifyVariantId(0));
    }

    @Test
    void aSkuIsNotBlank() {
        assertRejected("sku", () -> new VariantKey.BySku(null));
        assertRejected("sku", () -> new VariantKey.BySku(""));
        assertRejected("sku", () -> new VariantKey.BySku(" \t "));
    }

    @Test
    void aSkuLosesSurroundingSpaceButKeepsItsCase() {
        assertEquals("L4655-35", new VariantKey.BySku("  L4655-35 ").sku());
        assertEquals(new VariantKey.BySku("abc"), new VariantKey.BySku(" abc"));
        assertEquals("Abc", new VariantKey.BySku("Abc").sku());
    }
}
