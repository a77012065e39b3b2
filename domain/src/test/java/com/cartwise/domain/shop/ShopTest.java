package com.cartwise.domain.shop;

import static com.cartwise.domain.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Currency;
import org.junit.jupiter.api.Test;

class ShopTest {
    private static final ShopId DEMO = ShopId.of("demo");
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void holdsItsIdNameAndCurrency() {
        Shop shop = new Shop(DEMO, "Demo Ski Shop", EUR);

        assertEquals(DEMO, shop.id());
        assertEquals("Demo Ski Shop", shop.name());
        assertEquals(EUR, shop.currency());
    }

    @Test
    void requiresAnId() {
        assertRejected("shop_id", () -> new Shop(null, "Demo", EUR));
    }

    @Test
    void requiresANonBlankName() {
        assertRejected("name", () -> new Shop(DEMO, null, EUR));
        assertRejected("name", () -> new Shop(DEMO, "", EUR));
        assertRejected("name", () -> new Shop(DEMO, "  ", EUR));
    }

    @Test
    void acceptsANameOfTwoHundredCharactersButNotMore() {
        assertEquals(200, new Shop(DEMO, "n".repeat(200), EUR).name().length());
        assertRejected("name", () -> new Shop(DEMO, "n".repeat(201), EUR));
    }

    @Test
    void requiresACurrency() {
        assertRejected("currency", () -> new Shop(DEMO, "Demo", null));
    }
}
