package com.cartwise.domain.recommend.scoring;

/**
 * How strongly each candidate goes with one variant: a row of an item-item weight matrix.
 * Implementations are stateless (rows are weighed on several threads at once).
 */
@FunctionalInterface
public interface RowWeigher {

    /**
     * Writes the row's candidates in ascending index order (never {@code a} itself) with their
     * weights into the given arrays, which hold at least one slot per variant; a weight of 0 or
     * less means "not a neighbour".
     *
     * @return how many candidates were written
     */
    int weigh(int a, int[] neighbours, double[] weights);
}
