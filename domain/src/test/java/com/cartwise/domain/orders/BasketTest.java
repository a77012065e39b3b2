package com.cartwise.domain.orders;

import static com.cartwise.domain.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BasketTest {
    private static final Instant PLACED = Instant.parse("2024-02-10T14:30:00Z");

    @Test
    void holdsEachVariantOnceInTheOrderItWasFirstAdded() {
        // lines 3, 1, 3, 2, 1 -> distinct 3, 1, 2
        Basket basket = new Basket(PLACED, 3, 1, 3, 2, 1);

        assertEquals(3, basket.size());
        assertArrayEquals(new long[] {3, 1, 2}, basket.variantIds());
        assertEquals(3, basket.variantId(0));
        assertEquals(2, basket.variantId(2));
        assertEquals(PLACED, basket.placedAt());
    }

    @Test
    void aSingleItemIsABasket() {
        assertEquals(1, new Basket(PLACED, 42).size());
        assertEquals(1, new Basket(PLACED, 42, 42, 42).size());
    }

    @Test
    void isNeverEmpty() {
        assertRejected("variant_ids", () -> new Basket(PLACED));
        assertRejected("variant_ids", () -> new Basket(PLACED, (long[]) null));
    }

    @Test
    void requiresWhenItWasPlaced() {
        assertRejected("placed_at", () -> new Basket(null, 1));
    }

    @Test
    void handsOutCopiesOfItsVariants() {
        long[] ids = {1, 2};
        Basket basket = new Basket(PLACED, ids);
        ids[0] = 99;
        basket.variantIds()[1] = 99;

        assertArrayEquals(new long[] {1, 2}, basket.variantIds());
    }

    @Test
    void basketsWithTheSameTimeAndVariantsInTheSameOrderAreEqual() {
        assertEquals(new Basket(PLACED, 1, 2, 1), new Basket(PLACED, 1, 2));
        assertEquals(new Basket(PLACED, 1, 2).hashCode(), new Basket(PLACED, 1, 2, 2).hashCode());
        assertNotEquals(new Basket(PLACED, 1, 2), new Basket(PLACED, 2, 1));
        assertNotEquals(new Basket(PLACED, 1, 2), new Basket(PLACED.plusSeconds(1), 1, 2));
    }

    @Test
    void printsItsVariantsAndTime() {
        assertEquals("Basket[1, 2]@2024-02-10T14:30:00Z", new Basket(PLACED, 1, 2).toString());
    }
}
