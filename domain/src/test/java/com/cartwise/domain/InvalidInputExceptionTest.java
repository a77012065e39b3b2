package com.cartwise.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

    @Test
    void carriesTheFieldAndTheProblemSeparately() {
        InvalidInputException e = new InvalidInputException("items[2].sku", "must not be blank");

        assertEquals("items[2].sku", e.field());
        assertEquals("must not be blank", e.problem());
        assertEquals("items[2].sku: must not be blank", e.getMessage());
    }

    @Test
    void requireThrowsOnlyWhenTheConditionFails() {
        assertDoesNotThrow(() -> InvalidInputException.require(true, "limit", "must be positive"));

        InvalidInputException e = Rejections.assertRejected("limit",
                () -> InvalidInputException.require(false, "limit", "must be positive"));
        assertEquals("must be positive", e.problem());
    }

    @Test
    void withinPlacesTheFieldInsideTheItemThatHeldIt() {
        InvalidInputException e = new InvalidInputException("sku", "must not be blank").within("items[2]");

        assertEquals("items[2].sku", e.field());
        assertEquals("must not be blank", e.problem());
    }

    @Test
    void aTextWithTheNulCharacterIsRefusedNamingItsField() {
        assertDoesNotThrow(() -> InvalidInputException.requireNoNul("' OR '1'='1 \u00dcn\u00efc\u00f6d\u00e9", "name"));
        assertDoesNotThrow(() -> InvalidInputException.requireNoNul(null, "name"));

        InvalidInputException e = Rejections.assertRejected("name", () -> InvalidInputException.requireNoNul("a\0b", "name"));
        assertEquals("must not contain the NUL character (U+0000)", e.problem());
    }

    @Test
    void theMerchantsTextsThatReachTheDatabaseRefuseTheNulCharacter() {
        Rejections.assertRejected("sku", () -> new com.cartwise.domain.catalog.VariantKey.BySku("SKU\0"));
        Rejections.assertRejected("handle", () -> new com.cartwise.domain.recommend.serving.ProductReference.OfProduct("\0"));
        Rejections.assertRejected("name", () -> new com.cartwise.domain.shop.Shop(com.cartwise.domain.shop.ShopId.of("a"), "Shop\0",
                java.util.Currency.getInstance("EUR")));
    }
}
