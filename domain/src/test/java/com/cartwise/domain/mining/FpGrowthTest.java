package com.cartwise.domain.mining;

import static com.cartwise.domain.mining.Shopping.BEER;
import static com.cartwise.domain.mining.Shopping.BREAD;
import static com.cartwise.domain.mining.Shopping.COLA;
import static com.cartwise.domain.mining.Shopping.DIAPERS;
import static com.cartwise.domain.mining.Shopping.MILK;
import static com.cartwise.domain.mining.Shopping.items;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FpGrowthTest {
    private final TransactionDatabase db = Shopping.baskets();

    @Test
    void findsEveryItemsetInAtLeastThreeOfFiveBaskets() {
        Map<Itemset, Integer> found = supports(FpGrowth.mine(db, MiningParameters.of(MinSupport.fraction(0.6))));

        assertEquals(Map.of(
                items(db, BREAD), 4, items(db, MILK), 4, items(db, DIAPERS), 4, items(db, BEER), 3,
                items(db, BREAD, MILK), 3, items(db, BREAD, DIAPERS), 3, items(db, MILK, DIAPERS), 3,
                items(db, DIAPERS, BEER), 3), found);
    }

    @Test
    void findsTheTriplesAtTwoBaskets() {
        FrequentItemsets itemsets = FpGrowth.mine(db, MiningParameters.of(MinSupport.count(2)));
        Map<Itemset, Integer> found = supports(itemsets);

        assertEquals(17, found.size(), "5 items, 8 pairs, 4 triples: " + found);
        assertEquals(2, found.get(items(db, MILK, DIAPERS, BEER)));
        assertEquals(2, found.get(items(db, BREAD, MILK, DIAPERS)));
        assertEquals(2, found.get(items(db, BREAD, DIAPERS, BEER)));
        assertEquals(2, found.get(items(db, MILK, DIAPERS, COLA)));
        assertEquals(2, itemsets.minCount());
    }

    @Test
    void looksUpTheSupportOfAnyFoundItemsetByContent() {
        FrequentItemsets itemsets = FpGrowth.mine(db, MiningParameters.of(MinSupport.count(2)));

        assertEquals(3, itemsets.supportOf(items(db, DIAPERS, BEER)));
        assertEquals(2, itemsets.supportOf(items(db, MILK, DIAPERS, COLA)));
        assertEquals(0, itemsets.supportOf(items(db, BREAD, COLA)), "1 basket: not frequent");
    }

    @Test
    void stopsAtTheMaximumLength() {
        Map<Itemset, Integer> found = supports(FpGrowth.mine(db, MiningParameters.of(MinSupport.count(2)).withMaxLength(2)));

        assertEquals(13, found.size());
        assertTrue(found.keySet().stream().allMatch(s -> s.size() <= 2));
    }

    @Test
    void aSinglePathTreeYieldsEveryCombinationWithTheCountOfItsDeepestItem() {
        // one path a(3) - b(3) - c(2): every subset is frequent at 2
        TransactionDatabase chain = TransactionDatabase.builder().add(1, 2, 3).add(1, 2, 3).add(1, 2).build();

        Map<Itemset, Integer> found = supports(FpGrowth.mine(chain, MiningParameters.of(MinSupport.count(2))));

        assertEquals(7, found.size());
        assertEquals(2, found.get(Itemset.of(0, 1, 2)));
        assertEquals(3, found.get(Itemset.of(0, 1)));
        assertEquals(2, found.get(Itemset.of(0, 2)));
    }

    @Test
    void stopsWithAClearMessageBeforeProducingTooManyItemsets() {
        // 20 baskets of the same 30 items: 2^30 - 1 itemsets at any support
        TransactionDatabase.Builder builder = TransactionDatabase.builder();
        long[] thirty = new long[30];
        for (int i = 0; i < 30; i++) {
            thirty[i] = i;
        }
        for (int t = 0; t < 20; t++) {
            builder.add(thirty);
        }
        MiningParameters parameters = MiningParameters.of(MinSupport.fraction(0.5)).withLimits(new MiningLimits(100, 10_000, 10_000));

        MiningLimitExceededException e = assertThrows(MiningLimitExceededException.class, () -> FpGrowth.mine(builder.build(), parameters));

        assertEquals("mining.too_many_itemsets", e.code());
        assertEquals("max_itemsets", e.limit());
        assertEquals(10_000, e.value());
        assertTrue(e.getMessage().contains("at a minimum support of 50% (10 of 20 baskets)"), e.getMessage());
        assertTrue(e.getMessage().contains("Raise the minimum support, set a maximum itemset length, or raise max_itemsets"));
    }

    @Test
    void theItemsetLimitAlsoHoldsAcrossBranchingTrees() {
        TransactionDatabase.Builder builder = TransactionDatabase.builder();
        for (int t = 0; t < 40; t++) {
            builder.add(t % 2, 2 + t % 3, 5 + t % 5, 10 + t % 7);
        }
        MiningParameters parameters = MiningParameters.of(MinSupport.count(1)).withLimits(new MiningLimits(100, 20, 10));

        assertEquals("mining.too_many_itemsets",
                assertThrows(MiningLimitExceededException.class, () -> FpGrowth.mine(builder.build(), parameters)).code());
    }

    @Test
    void refusesASupportSoLowThatTooManyItemsAreFrequent() {
        MiningParameters parameters = MiningParameters.of(MinSupport.count(1)).withLimits(new MiningLimits(5, 1000, 1000));

        MiningLimitExceededException e = assertThrows(MiningLimitExceededException.class, () -> FpGrowth.mine(db, parameters));

        assertEquals("mining.too_many_frequent_items", e.code());
        assertTrue(e.getMessage().startsWith("6 items reach a minimum support of 1 basket (1 of 5 baskets), more than max_frequent_items = 5"),
                e.getMessage());
    }

    @Test
    void reportsProgressThatNeverDecreasesAndEndsAtOne() {
        List<Double> reports = new ArrayList<>();
        Progress recording = TestProgress.recordingInto(reports);

        FpGrowth.mine(db, MiningParameters.of(MinSupport.count(2)), recording);

        assertTrue(reports.size() >= 5, "one report per top-level item: " + reports);
        for (int i = 1; i < reports.size(); i++) {
            assertTrue(reports.get(i) >= reports.get(i - 1), reports.toString());
        }
        assertEquals(1.0, reports.get(reports.size() - 1));
    }

    @Test
    void stopsAtTheNextCheckpointWhenCancelled() {
        AtomicInteger checks = new AtomicInteger();
        Progress cancelAfterTwo = TestProgress.cancelling(() -> checks.incrementAndGet() > 2);

        assertThrows(WorkCancelledException.class, () -> FpGrowth.mine(db, MiningParameters.of(MinSupport.count(2)), cancelAfterTwo));
        assertEquals(3, checks.get());
    }

    @Test
    void findsNothingWhenNoItemIsFrequent() {
        assertEquals(0, FpGrowth.mine(db, MiningParameters.of(MinSupport.count(6))).size());
        assertEquals(0, FpGrowth.mine(TransactionDatabase.builder().build(), MiningParameters.of(MinSupport.count(1))).size());
    }

    static Map<Itemset, Integer> supports(FrequentItemsets itemsets) {
        Map<Itemset, Integer> map = new HashMap<>();
        for (FrequentItemset itemset : itemsets.asList()) {
            map.put(itemset.items(), itemset.supportCount());
        }
        assertEquals(itemsets.size(), map.size(), "an itemset was reported twice");
        return map;
    }
}
