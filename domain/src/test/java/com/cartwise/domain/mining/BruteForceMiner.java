package com.cartwise.domain.mining;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The reference the fast miner is held to: counts every subset of every basket, keeps those
 * reaching the minimum count, and tries every split of every frequent itemset as a rule. Works
 * on external ids and plain collections, sharing no code with FP-Growth. Exponential: for baskets
 * of a handful of items only.
 */
final class BruteForceMiner {
    private BruteForceMiner() {
    }

    /** The measures of one rule, computed here by their textbook formulas. */
    record Rule(Set<Long> antecedent, Set<Long> consequent, int supportCount, int antecedentCount, int consequentCount,
                double support, double confidence, double lift, double leverage, double conviction) {
    }

    static Map<Set<Long>, Integer> itemsets(List<Set<Long>> baskets, int minCount, int maxLength) {
        Map<Set<Long>, Integer> counts = new HashMap<>();
        for (Set<Long> basket : baskets) {
            List<Long> items = new ArrayList<>(basket);
            for (int mask = 1; mask < 1 << items.size(); mask++) {
                if (Integer.bitCount(mask) <= maxLength) {
                    counts.merge(subset(items, mask), 1, Integer::sum);
                }
            }
        }
        counts.values().removeIf(c -> c < minCount);
        return counts;
    }

    static List<Rule> rules(Map<Set<Long>, Integer> itemsets, int transactions, double minConfidence, int maxConsequentSize) {
        List<Rule> rules = new ArrayList<>();
        double n = transactions;
        itemsets.forEach((items, count) -> {
            List<Long> list = new ArrayList<>(items);
            for (int mask = 1; mask < (1 << list.size()) - 1; mask++) {
                Set<Long> antecedent = subset(list, mask);
                Set<Long> consequent = subset(list, ~mask & ((1 << list.size()) - 1));
                int nx = itemsets.get(antecedent);
                int ny = itemsets.get(consequent);
                double confidence = (double) count / nx;
                if (confidence >= minConfidence && consequent.size() <= maxConsequentSize) {
                    double supportY = ny / n;
                    rules.add(new Rule(antecedent, consequent, count, nx, ny, count / n, confidence, confidence / supportY,
                            count / n - (nx / n) * supportY, confidence == 1.0 ? Double.POSITIVE_INFINITY : (1 - supportY) / (1 - confidence)));
                }
            }
        });
        return rules;
    }

    private static Set<Long> subset(List<Long> items, int mask) {
        Set<Long> subset = new TreeSet<>();
        for (int i = 0; i < items.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                subset.add(items.get(i));
            }
        }
        return Set.copyOf(subset);
    }
}
