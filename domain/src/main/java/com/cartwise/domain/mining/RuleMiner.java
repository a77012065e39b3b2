package com.cartwise.domain.mining;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Association rules from frequent itemsets, by Agrawal and Srikant's ap-genrules (VLDB 1994):
 * for each itemset Z, consequents grow one item at a time, and a consequent is only extended if
 * its rule passed, since moving an item from X to Y never raises confidence (n(X') >= n(X) for
 * X' ⊂ X). Every antecedent is a subset of a frequent itemset, so its support is looked up, never
 * counted again.
 */
public final class RuleMiner {
    private RuleMiner() {
    }

    public static List<AssociationRule> rules(FrequentItemsets itemsets, RuleParameters parameters) {
        return rules(itemsets, parameters, Progress.NONE);
    }

    /**
     * @throws MiningLimitExceededException when more than {@code max_rules} rules pass
     * @throws WorkCancelledException       when the caller cancelled
     */
    public static List<AssociationRule> rules(FrequentItemsets itemsets, RuleParameters parameters, Progress progress) {
        List<AssociationRule> rules = new ArrayList<>();
        int maxRules = itemsets.parameters().limits().maxRules();
        for (int i = 0; i < itemsets.size(); i++) {
            if ((i & 1023) == 0) {
                progress.advance(i, itemsets.size());
            }
            if (itemsets.length(i) >= 2) {
                new ItemsetRules(itemsets, i, parameters, rules, maxRules).derive();
            }
        }
        progress.report(1.0);
        return rules;
    }

    /** The rules of one itemset Z, level by level of consequent size. */
    private record ItemsetRules(FrequentItemsets itemsets, int index, RuleParameters parameters, List<AssociationRule> out,
                                int maxRules) {
        void derive() {
            int[] z = itemsets.itemset(index).items();
            List<int[]> consequents = new ArrayList<>();
            for (int item : z) {
                int[] consequent = {item};
                if (tryRule(z, consequent)) {
                    consequents.add(consequent);
                }
            }
            for (int m = 1; !consequents.isEmpty() && m + 1 < z.length && m + 1 <= parameters.maxConsequentSize(); m++) {
                List<int[]> passed = new ArrayList<>();
                for (int[] candidate : nextLevel(consequents)) {
                    if (tryRule(z, candidate)) {
                        passed.add(candidate);
                    }
                }
                consequents = passed;
            }
        }

        private boolean tryRule(int[] z, int[] consequent) {
            int[] antecedent = without(z, consequent);
            int antecedentCount = itemsets.supportOf(antecedent, antecedent.length);
            int consequentCount = itemsets.supportOf(consequent, consequent.length);
            if (antecedentCount == 0 || consequentCount == 0) {
                throw new IllegalStateException("a subset of frequent itemset " + Arrays.toString(z) + " is missing from the itemsets");
            }
            int supportCount = itemsets.supportCount(index);
            if ((double) supportCount / antecedentCount < parameters.minConfidence()) {
                return false;
            }
            if (out.size() == maxRules) {
                throw new MiningLimitExceededException("mining.too_many_rules", "max_rules", maxRules,
                        "More than max_rules = " + maxRules + " association rules reach a minimum confidence of "
                                + parameters.minConfidence() + ". Raise the minimum confidence or the minimum support, "
                                + "limit the consequent size, or raise max_rules.");
            }
            out.add(new AssociationRule(Itemset.trusted(antecedent), Itemset.trusted(consequent), supportCount, antecedentCount,
                    consequentCount, itemsets.database().transactionCount()));
            return true;
        }

        /** Apriori-gen: joins consequents that share all but their last item, keeps those whose every subset passed. */
        private static List<int[]> nextLevel(List<int[]> level) {
            Set<Itemset> passed = new HashSet<>();
            for (int[] c : level) {
                passed.add(Itemset.trusted(c));
            }
            List<int[]> next = new ArrayList<>();
            for (int a = 0; a < level.size(); a++) {
                int[] first = level.get(a);
                int m = first.length;
                for (int b = a + 1; b < level.size(); b++) {
                    int[] second = level.get(b);
                    if (!Arrays.equals(first, 0, m - 1, second, 0, m - 1)) {
                        break;
                    }
                    int[] candidate = Arrays.copyOf(first, m + 1);
                    candidate[m] = second[m - 1];
                    if (allSubsetsPassed(candidate, passed)) {
                        next.add(candidate);
                    }
                }
            }
            return next;
        }

        private static boolean allSubsetsPassed(int[] candidate, Set<Itemset> passed) {
            for (int drop = 0; drop < candidate.length - 2; drop++) {
                int[] subset = new int[candidate.length - 1];
                for (int i = 0, k = 0; i < candidate.length; i++) {
                    if (i != drop) {
                        subset[k++] = candidate[i];
                    }
                }
                if (!passed.contains(Itemset.trusted(subset))) {
                    return false;
                }
            }
            return true;
        }

        private static int[] without(int[] z, int[] removed) {
            int[] rest = new int[z.length - removed.length];
            int k = 0;
            int r = 0;
            for (int item : z) {
                if (r < removed.length && removed[r] == item) {
                    r++;
                } else {
                    rest[k++] = item;
                }
            }
            return rest;
        }
    }
}
