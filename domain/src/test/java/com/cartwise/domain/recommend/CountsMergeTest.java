package com.cartwise.domain.recommend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.orders.Baskets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountsMergeTest {
    private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");

    private static void assertSameCounts(CoOccurrenceModel expected, CoOccurrenceModel actual) {
        assertEquals(expected.orders(), actual.orders());
        assertEquals(expected.variants(), actual.variants());
        assertEquals(expected.pairEntries(), actual.pairEntries());
        for (int a = 0; a < expected.variants(); a++) {
            assertEquals(expected.variantId(a), actual.variantId(a));
            assertEquals(expected.orderCount(a), actual.orderCount(a));
            assertEquals(expected.rowStart(a), actual.rowStart(a));
        }
        for (int i = 0; i < expected.pairEntries(); i++) {
            assertEquals(expected.neighbourAt(i), actual.neighbourAt(i));
            assertEquals(expected.togetherAt(i), actual.togetherAt(i));
        }
    }

    @Test
    void addsNewOrdersCountsIncludingNewVariants() {
        // old {10,30} {10,30}; added {20,30} {30,40}: co(10,30) = 2, co(20,30) = 1, co(30,40) = 1; 30 in all four
        CoOccurrenceModel old = CoOccurrenceModel.learn(List.of(new Basket(T, 10, 30), new Basket(T, 10, 30)));
        CoOccurrenceModel added = CoOccurrenceModel.learn(List.of(new Basket(T, 20, 30), new Basket(T, 30, 40)));

        CountsMerge merge = CountsMerge.of(old, added);
        CoOccurrenceModel m = merge.merged();

        assertEquals(4, m.orders());
        assertEquals(4, m.variants());
        assertEquals(4, m.orderCount(m.indexOf(30)));
        assertEquals(2, m.together(m.indexOf(10), m.indexOf(30)));
        assertEquals(1, m.together(m.indexOf(40), m.indexOf(30)));
        assertArrayEquals(new int[] {0, 2}, merge.oldIndex());
        assertArrayEquals(new int[] {1, 2, 3}, merge.addedIndex());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23})
    void mergingCountsIsCountingEverythingAtOnce(long seed) {
        Random random = new Random(seed);
        List<Basket> all = new ArrayList<>();
        for (int o = 0; o < 500; o++) {
            long[] ids = random.longs(1 + random.nextInt(5), 1, 80).toArray();
            all.add(new Basket(T.plusSeconds(o), ids));
        }
        List<Basket> first = all.subList(0, 350);
        List<Basket> later = all.subList(350, 500);
        CoOccurrenceModel old = CoOccurrenceModel.learn(first);
        CoOccurrenceModel added = CoOccurrenceModel.learn(later);
        DenseBaskets firstDense = DenseBaskets.of(Baskets.of(first));
        DenseBaskets laterDense = DenseBaskets.of(Baskets.of(later));
        CountsMerge merge = CountsMerge.of(old, added);
        CoOccurrenceModel everything = CoOccurrenceModel.learn(all);

        assertSameCounts(everything, merge.merged());
        assertArrayEquals(everything.after(DenseBaskets.of(Baskets.of(all))),
                merge.mergeEntries(old.after(firstDense), added.after(laterDense)));
    }
}
