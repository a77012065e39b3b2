package com.cartwise.domain.mining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.cartwise.domain.mining.spmf.BasketFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * FP-Growth on the real FIMI retail data set (../shared/data/fimi-retail, see its SOURCE.txt),
 * cross-checked against counts taken straight from the file. Skipped, saying so, on a machine
 * without the shared data folder.
 */
class RetailSharedDataTest {
    /** Relative to the domain module, the working directory of Maven's test runs. */
    private static final Path RETAIL = Path.of("../../shared/data/fimi-retail/retail.dat");
    private static TransactionDatabase db;
    private static FrequentItemsets itemsets;

    @BeforeAll
    static void mineAtOneTenthOfAPercent() throws IOException {
        assumeTrue(Files.isRegularFile(RETAIL), "skipped: " + RETAIL.toAbsolutePath().normalize() + " is absent (shared test data)");
        try (InputStream in = Files.newInputStream(RETAIL)) {
            db = BasketFileReader.read(in, BasketSizeLimit.DEFAULT);
        }
        itemsets = FpGrowth.mine(db, MiningParameters.of(MinSupport.fraction(0.001)));
    }

    @Test
    void readsEveryBasketAndItemOfTheFile() {
        assertEquals(88_162, db.transactionCount());
        assertEquals(16_470, db.itemCount());
        assertEquals(0, db.skippedBaskets());
    }

    @Test
    void findsTheSameNumberOfItemsetsOfEachLengthAsAnIndependentEclatCount() {
        // Counted by a separate tid-list (Eclat) miner at 89 of 88,162 baskets: 7,589 in all
        Map<Integer, Integer> byLength = new TreeMap<>();
        for (int i = 0; i < itemsets.size(); i++) {
            byLength.merge(itemsets.length(i), 1, Integer::sum);
        }

        assertEquals(89, itemsets.minCount());
        assertEquals(Map.of(1, 2117, 2, 3260, 3, 1794, 4, 382, 5, 36), byLength);
        assertEquals(7589, itemsets.size());
    }

    @Test
    void everyFrequentPairHasTheSupportCountedDirectlyFromTheFile() throws IOException {
        Map<Long, Integer> itemCounts = new HashMap<>();
        List<String> lines = Files.readAllLines(RETAIL);
        for (String line : lines) {
            for (String token : line.trim().split(" +")) {
                itemCounts.merge(Long.parseLong(token), 1, Integer::sum);
            }
        }
        Map<List<Long>, Integer> pairCounts = new HashMap<>();
        for (String line : lines) {
            long[] frequent = java.util.Arrays.stream(line.trim().split(" +")).mapToLong(Long::parseLong).distinct()
                    .filter(i -> itemCounts.get(i) >= 89).sorted().toArray();
            for (int a = 0; a < frequent.length; a++) {
                for (int b = a + 1; b < frequent.length; b++) {
                    pairCounts.merge(List.of(frequent[a], frequent[b]), 1, Integer::sum);
                }
            }
        }
        pairCounts.values().removeIf(c -> c < 89);

        Map<List<Long>, Integer> minedPairs = new HashMap<>();
        for (int i = 0; i < itemsets.size(); i++) {
            if (itemsets.length(i) == 2) {
                long a = db.externalId(itemsets.item(i, 0));
                long b = db.externalId(itemsets.item(i, 1));
                minedPairs.put(List.of(Math.min(a, b), Math.max(a, b)), itemsets.supportCount(i));
            }
        }
        assertEquals(pairCounts, minedPairs);
    }

    @Test
    void derivesRulesWhoseCountsAgreeWithTheItemsets() {
        List<AssociationRule> rules = RuleMiner.rules(itemsets, RuleParameters.minConfidence(0.3));

        for (AssociationRule rule : rules) {
            assertEquals(itemsets.supportOf(rule.items()), rule.supportCount());
            assertEquals(itemsets.supportOf(rule.antecedent()), rule.antecedentCount());
        }
        assertEquals(7839, rules.size(), "the count the independent Eclat script derives at confidence 0.3");
    }
}
