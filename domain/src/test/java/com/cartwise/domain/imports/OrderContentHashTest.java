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
}
