package com.cartwise.domain.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A variant's part is derived once per value it has, and never answered for another variant or another value. */
class VariantMemoTest {
    private record Label(Variant variant, String text) {
    }

    private final AtomicInteger derived = new AtomicInteger();
    private final VariantMemo<Label> memo = new VariantMemo<>(v -> {
        derived.incrementAndGet();
        return new Label(v, v.productTitle() + " at " + v.price().amountText());
    }, Label::variant);

    private static Variant variant(long id, String title, String price) {
        return new Variant(id, "handle-" + id, List.of(), "SKU-" + id, null, title, Money.of(price, "EUR"),
                new Stock(true, 3, false), ProductStatus.ACTIVE);
    }

    @Test
    void theSameVariantOrAnEqualOneIsDerivedOnce() {
        Label first = memo.of(variant(7, "Ski Wax", "12.00"));

        assertSame(first, memo.of(variant(7, "Ski Wax", "12.00")));
        assertEquals(1, derived.get());
    }

    @Test
    void aNewPriceIsANewPart() {
        memo.of(variant(7, "Ski Wax", "12.00"));

        assertEquals("Ski Wax at 9.90", memo.of(variant(7, "Ski Wax", "9.90")).text());
        assertEquals(2, derived.get());
    }

    @Test
    void variantsSharingASlotEachGetTheirOwnPart() {
        Variant wax = variant(7, "Ski Wax", "12.00");
        Variant boots = variant(7 + VariantMemo.SLOTS, "Ski Boots", "199.00");

        assertEquals("Ski Wax at 12.00", memo.of(wax).text());
        assertEquals("Ski Boots at 199.00", memo.of(boots).text());
        assertEquals("Ski Wax at 12.00", memo.of(wax).text());
        assertEquals(3, derived.get());
    }
}
