package com.cartwise.domain.mining;

import static com.cartwise.domain.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TransactionDatabaseTest {
    @Test
    void givesDenseIdsInOrderOfFirstAppearanceAndKeepsTheExternalOnes() {
        TransactionDatabase db = TransactionDatabase.builder().add(900, 7).add(7, 5_000_000_000L).build();

        assertEquals(3, db.itemCount());
        assertEquals(900, db.externalId(0));
        assertEquals(7, db.externalId(1));
        assertEquals(5_000_000_000L, db.externalId(2));
        assertEquals(OptionalInt.of(2), db.denseIdOf(5_000_000_000L));
        assertEquals(OptionalInt.empty(), db.denseIdOf(8));
    }

    @Test
    void holdsEachBasketAsAscendingDistinctItems() {
        TransactionDatabase db = TransactionDatabase.builder().add(30, 10, 20).add(20, 20, 10, 20).build();

        assertEquals(2, db.transactionCount());
        assertArrayEquals(new int[] {0, 1, 2}, db.transaction(0));
        assertArrayEquals(new int[] {1, 2}, db.transaction(1));
        assertEquals(2, db.transactionLength(1));
        assertEquals(2, db.item(0, 2));
        assertEquals(5, db.itemOccurrences());
    }

    @Test
    void countsInHowManyBasketsEachItemOccurs() {
        TransactionDatabase db = Shopping.baskets();

        assertEquals(4, db.support(db.denseIdOf(Shopping.BREAD).getAsInt()));
        assertEquals(3, db.support(db.denseIdOf(Shopping.BEER).getAsInt()));
        assertEquals(1, db.support(db.denseIdOf(Shopping.EGGS).getAsInt()));
    }

    @Test
    void anEmptyBasketIsNotABasket() {
        TransactionDatabase db = TransactionDatabase.builder().add().add(1).add(new long[] {5, 6}, 0).build();

        assertEquals(1, db.transactionCount());
    }

    @Test
    void leavesOutAndCountsBasketsAboveTheSizeLimitWhenSkipping() {
        TransactionDatabase db = TransactionDatabase.builder(new BasketSizeLimit(2, BasketSizeLimit.Oversized.SKIP))
                .add(1, 2).add(1, 2, 3).add(3, 3, 3).build();

        assertEquals(2, db.transactionCount(), "the three-item basket is not part of N");
        assertEquals(1, db.skippedBaskets());
    }

    @Test
    void stopsAtTheFirstOversizedBasketWhenRejecting() {
        TransactionDatabase.Builder builder = TransactionDatabase.builder(new BasketSizeLimit(2, BasketSizeLimit.Oversized.REJECT))
                .add(1, 2);

        MiningLimitExceededException e = assertThrows(MiningLimitExceededException.class, () -> builder.add(1, 2, 3));

        assertEquals("mining.basket_too_large", e.code());
        assertEquals("max_basket_size", e.limit());
        assertEquals(2, e.value());
        assertTrue(e.getMessage().contains("Basket 2 has 3 distinct items"), e.getMessage());
        assertTrue(e.getMessage().contains("Raise max_basket_size"), e.getMessage());
    }

    @Test
    void rejectsASizeLimitBelowOne() {
        assertRejected("max_basket_size", () -> new BasketSizeLimit(0, BasketSizeLimit.Oversized.SKIP));
        assertRejected("oversized_baskets", () -> new BasketSizeLimit(5, null));
    }

    @Test
    void growsPastItsInitialCapacity() {
        TransactionDatabase.Builder builder = TransactionDatabase.builder();
        for (int t = 0; t < 5000; t++) {
            builder.add(t, t + 1, t + 2);
        }
        TransactionDatabase db = builder.build();

        assertEquals(5000, db.transactionCount());
        assertEquals(5002, db.itemCount());
        assertEquals(3, db.support(db.denseIdOf(2500).getAsInt()));
    }
}
