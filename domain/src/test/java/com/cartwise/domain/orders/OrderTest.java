package com.cartwise.domain.orders;

import static com.cartwise.domain.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderTest {
    private static final Instant PLACED = Instant.parse("2024-02-10T14:30:00Z");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final OrderLine WAX = new OrderLine("Ski Wax", "WAX", null, 1, new BigDecimal("12.00"));

    @Test
    void theNameLosesSurroundingSpace() {
        assertEquals("#1001", new Order(" #1001 ", PLACED, EUR, List.of(WAX)).name());
    }

    @Test
    void requiresAName() {
        assertRejected("name", () -> new Order(null, PLACED, EUR, List.of(WAX)));
        assertRejected("name", () -> new Order("  ", PLACED, EUR, List.of(WAX)));
    }

    @Test
    void requiresWhenItWasPlaced() {
        assertRejected("created_at", () -> new Order("#1001", null, EUR, List.of(WAX)));
    }

    @Test
    void hasAtLeastOneLine() {
        assertRejected("lines", () -> new Order("#1001", PLACED, EUR, null));
        assertRejected("lines", () -> new Order("#1001", PLACED, EUR, List.of()));
    }

    @Test
    void mayOmitTheCurrency() {
        assertEquals(null, new Order("#1001", PLACED, null, List.of(WAX)).currency());
    }

    @Test
    void theLinesCannotChangeAfterwards() {
        List<OrderLine> lines = new ArrayList<>(List.of(WAX));
        Order order = new Order("#1001", PLACED, EUR, lines);
        lines.add(WAX);

        assertEquals(1, order.lines().size());
        assertThrows(UnsupportedOperationException.class, () -> order.lines().add(WAX));
    }
}
