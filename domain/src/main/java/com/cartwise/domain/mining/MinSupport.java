package com.cartwise.domain.mining;

import com.cartwise.domain.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How often an itemset must occur to be frequent: a share of all baskets, or an absolute number of
 * baskets. Either way mining works on the absolute count {@link #countFor(int)}; an itemset is
 * frequent when it occurs in at least that many baskets.
 */
public sealed interface MinSupport {
    /** The smallest number of baskets, at least 1, an itemset must occur in among {@code transactions}. */
    int countFor(int transactions);

    static MinSupport fraction(double share) {
        return new Fraction(share);
    }

    static MinSupport count(int baskets) {
        return new Count(baskets);
    }

    /**
     * A share of all baskets in (0, 1]. Frequent means count / N >= share, that is count >=
     * ceil(share * N); the product is taken in decimal, so 0.1 of 30 baskets is exactly 3 (a
     * double product would give 3.0000000000000004 and demand 4).
     */
    record Fraction(double share) implements MinSupport {
        public Fraction {
            InvalidInputException.require(share > 0 && share <= 1, "min_support",
                    "a share of baskets must be in (0, 1], but was " + share);
        }

        @Override
        public int countFor(int transactions) {
            BigDecimal exact = BigDecimal.valueOf(share).multiply(BigDecimal.valueOf(transactions));
            return Math.max(1, exact.setScale(0, RoundingMode.CEILING).intValueExact());
        }

        @Override
        public String toString() {
            return BigDecimal.valueOf(share).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        }
    }

    /** At least this many baskets, at least 1. */
    record Count(int baskets) implements MinSupport {
        public Count {
            InvalidInputException.require(baskets >= 1, "min_support", "a number of baskets must be at least 1, but was " + baskets);
        }

        @Override
        public int countFor(int transactions) {
            return baskets;
        }

        @Override
        public String toString() {
            return baskets == 1 ? "1 basket" : baskets + " baskets";
        }
    }
}
