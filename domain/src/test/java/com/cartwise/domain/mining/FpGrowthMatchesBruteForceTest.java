package com.cartwise.domain.mining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * FP-Growth and its rules equal the brute-force reference on 400 random small data sets: the
 * same itemsets with the same supports, the same rules with the same counts, and measures equal
 * to the textbook formulas. Each case is one seed, named in the test's display name, so a
 * failure is reproduced by running that seed alone.
 */
class FpGrowthMatchesBruteForceTest {
    private static final double CLOSE = 1e-12;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 400);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void findsExactlyTheItemsetsAndRulesOfTheBruteForceMiner(long seed) {
        Case c = Case.random(seed);
        TransactionDatabase db = c.database();
        int minCount = c.minSupport().countFor(db.transactionCount());

        FrequentItemsets itemsets = FpGrowth.mine(db, new MiningParameters(c.minSupport(), c.maxLength(), MiningLimits.DEFAULTS));
        Map<Set<Long>, Integer> expected = BruteForceMiner.itemsets(c.baskets(), minCount, c.maxLength());

        assertEquals(expected, external(itemsets), c + ": itemsets");
        List<AssociationRule> rules = RuleMiner.rules(itemsets, new RuleParameters(c.minConfidence(), c.maxConsequentSize()));
        List<BruteForceMiner.Rule> expectedRules = BruteForceMiner.rules(expected, db.transactionCount(), c.minConfidence(),
                c.maxConsequentSize());
        assertSameRules(expectedRules, rules, db, c);
    }

    private static void assertSameRules(List<BruteForceMiner.Rule> expected, List<AssociationRule> actual, TransactionDatabase db, Case c) {
        assertEquals(expected.size(), actual.size(), c + ": number of rules");
        Map<List<Set<Long>>, BruteForceMiner.Rule> byItems = new HashMap<>();
        for (BruteForceMiner.Rule rule : expected) {
            byItems.put(List.of(rule.antecedent(), rule.consequent()), rule);
        }
        for (AssociationRule rule : actual) {
            BruteForceMiner.Rule reference = byItems.get(List.of(external(rule.antecedent(), db), external(rule.consequent(), db)));
            if (reference == null) {
                fail(c + ": unexpected rule " + rule);
            }
            assertEquals(reference.supportCount(), rule.supportCount(), c + ": n(XY) of " + rule);
            assertEquals(reference.antecedentCount(), rule.antecedentCount(), c + ": n(X) of " + rule);
            assertEquals(reference.consequentCount(), rule.consequentCount(), c + ": n(Y) of " + rule);
            assertEquals(reference.support(), rule.support(), CLOSE, c + ": support of " + rule);
            assertEquals(reference.confidence(), rule.confidence(), CLOSE, c + ": confidence of " + rule);
            assertEquals(reference.lift(), rule.lift(), CLOSE * reference.lift(), c + ": lift of " + rule);
            assertEquals(reference.leverage(), rule.leverage(), CLOSE, c + ": leverage of " + rule);
            assertEquals(reference.conviction(), rule.conviction().value(), CLOSE * Math.max(1, reference.conviction()),
                    c + ": conviction of " + rule);
        }
    }

    private static Map<Set<Long>, Integer> external(FrequentItemsets itemsets) {
        Map<Set<Long>, Integer> map = new HashMap<>();
        for (FrequentItemset itemset : itemsets.asList()) {
            if (map.put(external(itemset.items(), itemsets.database()), itemset.supportCount()) != null) {
                fail("itemset " + itemset + " was reported twice");
            }
        }
        return map;
    }

    private static Set<Long> external(Itemset itemset, TransactionDatabase db) {
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < itemset.size(); i++) {
            ids.add(db.externalId(itemset.item(i)));
        }
        return Set.copyOf(ids);
    }

    /** One random data set and the parameters to mine it with, all from one seed. */
    private record Case(long seed, List<Set<Long>> baskets, MinSupport minSupport, int maxLength, double minConfidence,
                        int maxConsequentSize) {
        static Case random(long seed) {
            Random random = new Random(seed);
            int items = 1 + random.nextInt(10);
            int transactions = 1 + random.nextInt(40);
            // skewed popularity, so some items are common and itemsets overlap
            double[] popularity = new double[items];
            for (int i = 0; i < items; i++) {
                popularity[i] = 0.05 + 0.9 * Math.pow(random.nextDouble(), 2);
            }
            List<Set<Long>> baskets = new ArrayList<>();
            for (int t = 0; t < transactions; t++) {
                Set<Long> basket = new HashSet<>();
                for (int i = 0; i < items && basket.size() < 6; i++) {
                    if (random.nextDouble() < popularity[i]) {
                        basket.add(1000L + 7L * i);
                    }
                }
                if (!basket.isEmpty()) {
                    baskets.add(Set.copyOf(basket));
                }
            }
            MinSupport minSupport = random.nextBoolean()
                    ? MinSupport.count(1 + random.nextInt(Math.max(1, transactions / 3)))
                    : MinSupport.fraction(new double[] {0.05, 0.1, 0.2, 0.25, 0.3, 0.5}[random.nextInt(6)]);
            int maxLength = random.nextBoolean() ? MiningParameters.NO_LENGTH_CAP : 1 + random.nextInt(4);
            double minConfidence = new double[] {0.0, 0.1, 0.18, 0.5, 0.6, 0.75, 0.8, 1.0}[random.nextInt(8)];
            int maxConsequentSize = random.nextBoolean() ? RuleParameters.ANY_CONSEQUENT_SIZE : 1 + random.nextInt(3);
            return new Case(seed, baskets, minSupport, maxLength, minConfidence, maxConsequentSize);
        }

        TransactionDatabase database() {
            TransactionDatabase.Builder builder = TransactionDatabase.builder();
            for (Set<Long> basket : baskets) {
                builder.add(basket.stream().mapToLong(Long::longValue).toArray());
            }
            return builder.build();
        }

        @Override
        public String toString() {
            return "seed " + seed + " (" + baskets.size() + " baskets, min support " + minSupport + ", max length "
                    + (maxLength == MiningParameters.NO_LENGTH_CAP ? "none" : maxLength) + ", min confidence " + minConfidence
                    + ", max consequent " + (maxConsequentSize == RuleParameters.ANY_CONSEQUENT_SIZE ? "any" : maxConsequentSize) + ")";
        }
    }
}
