package com.cartwise.domain.orders;

import static com.cartwise.domain.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BasketsTest {
    private static final Instant MONDAY = Instant.parse("2024-02-05T09:15:30.123456Z");
    private static final Instant TUESDAY = Instant.parse("2024-02-06T10:00:00Z");

    @Test
    void keepsEachBasketsDistinctVariantsInLineOrderAndItsExactTime() {
        Baskets baskets = Baskets.builder().add(MONDAY, new long[] {3, 1, 3, 2}).add(TUESDAY, new long[] {7}).build();

        assertEquals(List.of(new Basket(MONDAY, 3, 1, 2), new Basket(TUESDAY, 7)), baskets);
        assertEquals(2, baskets.size());
        assertEquals(3, baskets.basketSize(0));
        assertEquals(2, baskets.variantId(0, 2));
        assertEquals(4, baskets.lines());
        assertEquals(MONDAY, baskets.placedAt(0));
        assertEquals(MONDAY.getEpochSecond(), baskets.placedAtEpochSecond(0));
    }

    @Test
    void equalsTheListOfTheSameBaskets() {
        List<Basket> list = List.of(new Basket(MONDAY, 1, 2), new Basket(TUESDAY, 2));

        assertEquals(list, Baskets.of(list));
        assertEquals(Baskets.of(list), list);
        assertEquals(Baskets.of(list), Baskets.of(list));
        assertNotEquals(Baskets.of(list), Baskets.of(List.of(new Basket(MONDAY, 1, 2))));
    }

    @Test
    void sortsOldestFirstKeepingTheOrderOfBasketsOfOneInstant() {
        Baskets unsorted = Baskets.of(List.of(new Basket(TUESDAY, 1), new Basket(MONDAY, 2), new Basket(TUESDAY, 3),
                new Basket(MONDAY, 4)));

        assertEquals(List.of(new Basket(MONDAY, 2), new Basket(MONDAY, 4), new Basket(TUESDAY, 1), new Basket(TUESDAY, 3)),
                unsorted.oldestFirst());
        Baskets sorted = unsorted.oldestFirst();
        assertTrue(sorted.isOldestFirst());
        assertSame(sorted, sorted.oldestFirst());
    }

    @Test
    void slicesAreBasketsOfTheirOwn() {
        Baskets baskets = Baskets.of(List.of(new Basket(MONDAY, 1, 2), new Basket(TUESDAY, 3), new Basket(TUESDAY, 4, 5)));

        assertEquals(List.of(new Basket(TUESDAY, 3), new Basket(TUESDAY, 4, 5)), baskets.slice(1, 3));
        assertEquals(List.of(), baskets.slice(2, 2));
    }

    @Test
    void rejectsAnEmptyBasketOrOneWithoutATime() {
        assertRejected("variant_ids", () -> Baskets.builder().add(MONDAY, new long[0]));
        assertRejected("placed_at", () -> Baskets.builder().add(null, new long[] {1}));
    }

    @Test
    void aLongBasketKeepsItsVariantsOnceEach() {
        long[] lines = new long[300];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = i % 100;
        }

        Baskets baskets = Baskets.builder().add(MONDAY, lines).build();

        assertEquals(100, baskets.basketSize(0));
        assertEquals(99, baskets.variantId(0, 99));
    }
}
