package com.cartwise.domain.orders;

import static com.cartwise.domain.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OrderLineTest {
    private static final BigDecimal PRICE = new BigDecimal("12.00");

    @Test
    void aLineIsFoundByItsNameItsSkuOrItsVariantId() {
        assertEquals("Ski Wax", new OrderLine(" Ski Wax ", null, null, 1, PRICE).name());
        assertEquals("WAX", new OrderLine(null, " WAX ", null, 1, PRICE).sku());
        assertEquals(40_000_000_001L, new OrderLine(null, null, 40_000_000_001L, 1, PRICE).shopifyVariantId());
    }

    @Test
    void missingNameAndSkuBecomeEmpty() {
        OrderLine line = new OrderLine(null, null, 5L, 2, null);

        assertEquals("", line.name());
        assertEquals("", line.sku());
    }

    @Test
    void aLineWithNeitherNameNorSkuNorVariantIdIsRejected() {
        InvalidInputException e = assertRejected("line", () -> new OrderLine("  ", " ", null, 1, PRICE));
        assertEquals("needs a name, a SKU or a variant id", e.problem());
    }

    @Test
    void theQuantityIsPositive() {
        InvalidInputException e = assertRejected("quantity", () -> new OrderLine("Ski Wax", "", null, 0, PRICE));
        assertEquals("must be positive, but was 0", e.problem());
        assertRejected("quantity", () -> new OrderLine("Ski Wax", "", null, -1, PRICE));
    }

    @Test
    void thePriceIsOptionalButNeverNegative() {
        assertEquals(null, new OrderLine("Ski Wax", "", null, 1, null).price());
        assertEquals(BigDecimal.ZERO, new OrderLine("Ski Wax", "", null, 1, BigDecimal.ZERO).price());
        assertRejected("price", () -> new OrderLine("Ski Wax", "", null, 1, new BigDecimal("-0.01")));
    }
}
