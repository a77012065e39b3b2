package com.cartwise.domain.recommend.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.orders.Baskets;
import com.cartwise.domain.recommend.DenseBaskets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Ranking from a table whose weights are set by hand (indices 0..5):
 * <pre>
 *   row 0: 2 -> 0.5, 3 -> 0.25          row 1: 2 -> 0.25, 4 -> 1.0
 * </pre>
 * and best sellers 5, 4, 3, 2, 1, 0 (from the counts below).
 */
class RankerTest {
    private static final double EXACT = 1e-12;

    private static final NeighbourTable TABLE = NeighbourTable.fromParts(new int[] {0, 2, 4, 4, 4, 4, 4}, new int[] {2, 3, 2, 4},
            new double[] {0.5, 0.25, 0.25, 1.0});

    private static final Popularity BEST_SELLERS = bestSellers();

    private static Popularity bestSellers() {
        // variant id v + 1 in (v + 1) orders: 5 sells most
        List<Basket> baskets = new ArrayList<>();
        for (int v = 0; v < 6; v++) {
            for (int o = 0; o <= v; o++) {
                baskets.add(new Basket(Instant.EPOCH, v + 1));
            }
        }
        return Popularity.of(TrainingCounts.learn(DenseBaskets.of(Baskets.of(baskets))).model());
    }

    private static TopList rank(Combiner combiner, int[] cart, int limit, Popularity fill, java.util.function.IntPredicate eligible,
                                int[] tieRank) {
        TopList top = new TopList(limit);
        Ranker.rank(TABLE, combiner, cart, cart.length, fill, eligible, tieRank, top);
        return top;
    }

    private static List<Integer> variants(TopList top) {
        List<Integer> v = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            v.add(top.variant(i));
        }
        return v;
    }

    @Test
    void sumsACandidatesWeightsOverTheCart() {
        // cart [0, 1]: 4 -> 1.0, 2 -> 0.5 + 0.25 = 0.75, 3 -> 0.25
        TopList top = rank(Combiner.SUM, new int[] {0, 1}, 5, null, null, null);

        assertEquals(List.of(4, 2, 3), variants(top));
        assertEquals(0.75, top.score(1), EXACT);
        // the evidence of 2 is cart item 0, which gave it more
        assertEquals(0, top.evidence(1));
    }

    @Test
    void takesTheStrongestSingleWeightUnderMax() {
        // cart [0, 1]: 4 -> 1.0, 2 -> max(0.5, 0.25) = 0.5, 3 -> 0.25
        TopList top = rank(Combiner.MAX, new int[] {0, 1}, 5, null, null, null);

        assertEquals(0.5, top.score(1), EXACT);
    }

    @Test
    void weighsTheNewestCartItemMostUnderRecent() {
        // cart [1, 0] (0 added last): 0 counts 1, 1 counts 1/2: 4 -> 0.5, 2 -> 0.5 + 0.125 = 0.625, 3 -> 0.25
        TopList top = rank(Combiner.RECENT, new int[] {1, 0}, 5, null, null, null);

        assertEquals(List.of(2, 4, 3), variants(top));
        assertEquals(0.625, top.score(0), EXACT);
        assertEquals(0.5, top.score(1), EXACT);
    }

    @Test
    void fillsTheRestWithBestSellersNeitherInTheCartNorAlreadyListed() {
        // cart [0]: 2 (0.5), 3 (0.25); then best sellers 5, 4 (3 is listed, 0 is in the cart)
        TopList top = rank(Combiner.SUM, new int[] {0}, 4, BEST_SELLERS, null, null);

        assertEquals(List.of(2, 3, 5, 4), variants(top));
        assertTrue(top.fromPopularity(2));
        assertEquals(-1, top.evidence(2));
    }

    @Test
    void anUnknownCartGetsBestSellersOnly() {
        TopList top = rank(Combiner.SUM, new int[0], 3, BEST_SELLERS, null, null);

        assertEquals(List.of(5, 4, 3), variants(top));
    }

    @Test
    void neverOffersWhatTheEligibilityTestRefusesNorACartItem() {
        // cart [0, 1], 4 refused: 2, 3; then best sellers without 4 and the cart: 5
        TopList top = rank(Combiner.SUM, new int[] {0, 1}, 5, BEST_SELLERS, v -> v != 4, null);

        assertEquals(List.of(2, 3, 5), variants(top));
    }

    @Test
    void breaksTiesByTheGivenTieRanks() {
        // cart [1]: 4 -> 1.0, 2 -> 0.25; equal weights need a tie: cart [0] on a table where 2 and 3 tie
        NeighbourTable tied = NeighbourTable.fromParts(new int[] {0, 2, 2, 2, 2}, new int[] {2, 3}, new double[] {0.5, 0.5});
        TopList byIndex = new TopList(2);
        TopList byRank = new TopList(2);

        Ranker.rank(tied, Combiner.SUM, new int[] {0}, 1, null, null, null, byIndex);
        Ranker.rank(tied, Combiner.SUM, new int[] {0}, 1, null, null, new int[] {0, 0, 9, 1}, byRank);

        assertEquals(List.of(2, 3), variants(byIndex));
        assertEquals(List.of(3, 2), variants(byRank));
    }

    @Test
    void aRequestLeavesNothingBehindForTheNext() {
        rank(Combiner.SUM, new int[] {0, 1}, 1, BEST_SELLERS, null, null);
        TopList again = rank(Combiner.SUM, new int[] {1}, 5, null, null, null);

        // cart [1]: 4 -> 1.0, 2 -> 0.25, and 0 is a candidate again (no weight from 1, so not listed)
        assertEquals(List.of(4, 2), variants(again));
        assertEquals(0.25, again.score(1), EXACT);
    }

    @Test
    void ranksACartWhoseRowsNameEveryVariantOnAThreadThatNeverRankedBefore() throws InterruptedException {
        // each of three variants bought with both others: cart [0, 1] has touched all three before its second row ends
        NeighbourTable full = NeighbourTable.fromParts(new int[] {0, 2, 4, 6}, new int[] {1, 2, 0, 2, 0, 1},
                new double[] {0.5, 0.25, 0.5, 0.125, 0.25, 0.125});
        TopList top = new TopList(5);
        AtomicReference<Throwable> failure = new AtomicReference<>();

        // a new thread gets work arrays sized to this table alone
        Thread.ofPlatform().uncaughtExceptionHandler((t, e) -> failure.set(e))
                .start(() -> Ranker.rank(full, Combiner.SUM, new int[] {0, 1}, 2, null, null, null, top)).join();

        assertNull(failure.get());
        assertEquals(List.of(2), variants(top));
        assertEquals(0.375, top.score(0), EXACT);
    }
}
