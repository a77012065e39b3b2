package com.cartwise.domain.bundles.candidates;

import com.cartwise.domain.InvalidInputException;

/** One of the recommender's top pairs, handed in as a value so candidates do not depend on the recommender. */
public record RecommenderPair(long variantA, long variantB, double score) {
    public RecommenderPair {
        InvalidInputException.require(variantA > 0 && variantB > 0 && variantA != variantB, "recommender_pair",
                "needs two different variants, but got " + variantA + " and " + variantB);
        InvalidInputException.require(Double.isFinite(score), "score", "must be a number, but was " + score);
    }
}
