package com.cartwise.domain.mining;

import com.cartwise.domain.InvalidInputException;

/**
 * A rule X ⇒ Y between disjoint non-empty itemsets, with the counts every measure is derived
 * from: N baskets, n(X), n(Y) and n(X ∪ Y). The measures are computed from these counts, so two
 * rules with the same counts have exactly the same measures.
 *
 * @param antecedent     X, what is in the cart
 * @param consequent     Y, what the rule says comes with it
 * @param supportCount   n(X ∪ Y), baskets with all items of both
 * @param antecedentCount n(X)
 * @param consequentCount n(Y)
 * @param transactions   N
 */
public record AssociationRule(Itemset antecedent, Itemset consequent, int supportCount, int antecedentCount,
                              int consequentCount, int transactions) {
    public AssociationRule {
        InvalidInputException.require(antecedent != null && consequent != null, "rule", "needs an antecedent and a consequent");
        InvalidInputException.require(!antecedent.intersects(consequent), "rule",
                "antecedent " + antecedent + " and consequent " + consequent + " must be disjoint");
        InvalidInputException.require(supportCount >= 1 && supportCount <= antecedentCount && supportCount <= consequentCount
                && antecedentCount <= transactions && consequentCount <= transactions, "rule",
                "counts must satisfy 1 <= n(XY) <= n(X), n(Y) <= N, but were n(XY)=" + supportCount + ", n(X)=" + antecedentCount
                        + ", n(Y)=" + consequentCount + ", N=" + transactions);
    }

    /** supp(X ∪ Y) = n(XY) / N. */
    public double support() {
        return (double) supportCount / transactions;
    }

    /** conf(X ⇒ Y) = n(XY) / n(X), the share of baskets with X that also hold Y. */
    public double confidence() {
        return (double) supportCount / antecedentCount;
    }

    /** lift = conf / supp(Y) = n(XY)·N / (n(X)·n(Y)); 1 means independent, 4.2 means 4.2 times chance. */
    public double lift() {
        return (double) supportCount * transactions / ((double) antecedentCount * consequentCount);
    }

    /** leverage = supp(XY) − supp(X)·supp(Y) (Piatetsky-Shapiro), in [−0.25, 0.25]. */
    public double leverage() {
        double n = transactions;
        return supportCount / n - (antecedentCount / n) * (consequentCount / n);
    }

    /** (1 − supp(Y)) / (1 − conf); unbounded when conf = 1. */
    public Conviction conviction() {
        if (supportCount == antecedentCount) {
            return new Conviction.Unbounded();
        }
        // (1 - nY/N) / (1 - nXY/nX) = (N - nY)·nX / (N·(nX - nXY)), in integers first for exactness
        return new Conviction.Finite((double) (transactions - consequentCount) * antecedentCount
                / ((double) transactions * (antecedentCount - supportCount)));
    }

    public Itemset items() {
        return antecedent.union(consequent);
    }
}
