package com.cartwise.domain.mining;

import static com.cartwise.domain.mining.Shopping.BEER;
import static com.cartwise.domain.mining.Shopping.BREAD;
import static com.cartwise.domain.mining.Shopping.COLA;
import static com.cartwise.domain.mining.Shopping.DIAPERS;
import static com.cartwise.domain.mining.Shopping.EGGS;
import static com.cartwise.domain.mining.Shopping.MILK;
import static com.cartwise.domain.mining.Shopping.items;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TidListsTest {
    private final TransactionDatabase db = Shopping.baskets();
    private final TidLists tids = TidLists.of(db);

    @Test
    void countsTheBasketsHoldingAWholeSet() {
        assertEquals(3, tids.together(items(db, BREAD, MILK).items()));
        assertEquals(2, tids.together(items(db, MILK, DIAPERS, BEER).items()));
        assertEquals(1, tids.together(items(db, BREAD, MILK, DIAPERS, BEER).items()));
        assertEquals(0, tids.together(items(db, EGGS, COLA).items()));
    }

    @Test
    void aSingleItemIsItsSupportAndNoItemIsEveryBasket() {
        assertEquals(4, tids.together(items(db, DIAPERS).items()));
        assertEquals(4, tids.support(items(db, DIAPERS).item(0)));
        assertEquals(5, tids.together());
    }

    @Test
    void agreesWithBruteForceCountsOnEverySubsetOfTheExample() {
        for (int m = 1; m < 1 << db.itemCount(); m++) {
            int mask = m;
            int[] set = java.util.stream.IntStream.range(0, db.itemCount()).filter(i -> (mask & (1 << i)) != 0).toArray();
            int expected = 0;
            for (int t = 0; t < db.transactionCount(); t++) {
                List<Integer> basket = java.util.Arrays.stream(db.transaction(t)).boxed().toList();
                if (java.util.Arrays.stream(set).allMatch(basket::contains)) {
                    expected++;
                }
            }
            assertEquals(expected, tids.together(set), "set " + java.util.Arrays.toString(set));
        }
    }

    @Test
    void intersectsLongAndShortListsExactly() {
        // a best seller in most baskets, a rare item in a few: the intersection gallops through the long list
        java.util.Random random = new java.util.Random(11);
        TransactionDatabase.Builder builder = TransactionDatabase.builder();
        List<long[]> baskets = new java.util.ArrayList<>();
        for (int t = 0; t < 5000; t++) {
            long[] basket = java.util.stream.LongStream.range(0, 6).filter(i -> random.nextDouble() < (i == 0 ? 0.9 : i == 5 ? 0.003 : 0.3))
                    .toArray();
            if (basket.length > 0) {
                builder.add(basket);
                baskets.add(basket);
            }
        }
        TransactionDatabase large = builder.build();
        TidLists lists = TidLists.of(large);
        for (long[] set : new long[][] {{0, 5}, {5, 0}, {0, 1, 5}, {1, 2}, {0, 1, 2, 3, 4}}) {
            int expected = (int) baskets.stream().filter(b -> java.util.Arrays.stream(set).allMatch(i -> java.util.Arrays.stream(b).anyMatch(x -> x == i)))
                    .count();
            int[] dense = java.util.Arrays.stream(set).mapToInt(i -> large.denseIdOf(i).getAsInt()).toArray();
            assertEquals(expected, lists.together(dense), java.util.Arrays.toString(set));
        }
    }
}
