package com.cartwise.domain.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** An order's fingerprint: the same for the same order wherever a file puts it, another for any change. */
class OrderContentHashTest {
    private static final OrderDate MONDAY = OrderDate.exactly(Instant.parse("2024-03-04T10:00:00Z"));

    private static LineRecord line(long sourceLine, String sku, int quantity, String price) {
        return new LineRecord(new SourceRow(0, sourceLine), "Ski Wax", sku, null, quantity, new BigDecimal(price), null, null, "",
                false, false);
    }

    private static OrderRecord order(long firstLine, UnaryOperator<OrderHeader> header, LineRecord... lines) {
        OrderHeader plain = new OrderHeader(MONDAY, Optional.of(Currency.getInstance("EUR")), Optional.empty(), "paid",
                Optional.empty(), "", Optional.empty(), "web", "");
        return new OrderRecord(new SourceRow(0, firstLine), "#1001", header.apply(plain), List.of(lines));
    }

    private static final OrderRecord ORDER = order(2, h -> h, line(2, "WAX", 1, "9.50"), line(3, "POLE", 2, "45"));

    @Test
    void isTheSameWhereverTheFileHasTheOrderAndHoweverItWritesAnAmount() {
        OrderRecord later = order(900, h -> h, line(900, "WAX", 1, "9.5"), line(901, "POLE", 2, "45.00"));

        assertEquals(ORDER.contentHash(), later.contentHash());
    }

    @Test
    void changesWithAQuantityAPriceOrTheLinesOrder() {
        assertNotEquals(ORDER.contentHash(), order(2, h -> h, line(2, "WAX", 1, "9.50"), line(3, "POLE", 3, "45")).contentHash());
        assertNotEquals(ORDER.contentHash(), order(2, h -> h, line(2, "WAX", 1, "9.40"), line(3, "POLE", 2, "45")).contentHash());
        assertNotEquals(ORDER.contentHash(), order(2, h -> h, line(2, "POLE", 2, "45"), line(3, "WAX", 1, "9.50")).contentHash());
    }

    @Test
    void changesWhenTheOrderIsCancelledOrRefunded() {
        OrderRecord cancelled = order(2, h -> new OrderHeader(h.createdAt(), h.currency(), Optional.of(MONDAY), h.financialStatus(),
                h.refundedAmount(), h.discountCode(), h.discountAmount(), h.salesChannel(), h.customer()),
                line(2, "WAX", 1, "9.50"), line(3, "POLE", 2, "45"));
        OrderRecord refunded = order(2, h -> new OrderHeader(h.createdAt(), h.currency(), h.cancelledAt(), "refunded",
                h.refundedAmount(), h.discountCode(), h.discountAmount(), h.salesChannel(), h.customer()),
                line(2, "WAX", 1, "9.50"), line(3, "POLE", 2, "45"));

        assertNotEquals(ORDER.contentHash(), cancelled.contentHash());
        assertNotEquals(ORDER.contentHash(), refunded.contentHash());
    }

    @Test
    void changesWhenTheCurrencyIsDropped() {
        OrderRecord withoutCurrency = order(2, h -> new OrderHeader(h.createdAt(), Optional.empty(), h.cancelledAt(), h.financialStatus(),
                h.refundedAmount(), h.discountCode(), h.discountAmount(), h.salesChannel(), h.customer()),
                line(2, "WAX", 1, "9.50"), line(3, "POLE", 2, "45"));

        assertNotEquals(ORDER.contentHash(), withoutCurrency.contentHash());
    }

    @Test
    void isTheNumberEarlierVersionsStoredForTheSameOrder() {
        // Shops keep their orders' fingerprints: a new way of computing one that changed a single bit
        // would make every stored order look changed at its next import. Computed by the version before
        // the fingerprint's scratch was kept per thread (2026-11-27), with text beyond Latin-1, a time
        // with milliseconds, both readings of a date, a cancellation, amounts and a returned line.
        OrderDate created = new OrderDate(Instant.parse("2024-03-04T10:00:00.123Z"), Instant.parse("2024-04-03T10:00:00Z"));
        OrderHeader header = new OrderHeader(created, Optional.of(Currency.getInstance("EUR")),
                Optional.of(OrderDate.exactly(Instant.parse("2024-03-05T00:00:00Z"))), "partially_refunded",
                Optional.of(new BigDecimal("5.50")), "WINTER", Optional.of(new BigDecimal("2.0")), "pos", "c-17");
        LineRecord wax = new LineRecord(new SourceRow(0, 2), "Ski W\u00e4x \u2713 \u2014 Gr\u00f6\u00dfe 42", "WAX-1", 4000L, 1,
                new BigDecimal("9.50"), new BigDecimal("12"), new BigDecimal("0.50"), "Nordic", false, false);
        LineRecord pole = new LineRecord(new SourceRow(0, 3), "Pole", "POLE", null, -2, null, null, null, "", true, true);

        assertEquals(-8504222348240776102L, new OrderRecord(new SourceRow(0, 2), "#1001", header, List.of(wax, pole)).contentHash());
    }
}
