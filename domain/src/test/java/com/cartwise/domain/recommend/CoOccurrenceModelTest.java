package com.cartwise.domain.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.orders.Basket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CoOccurrenceModelTest {
    private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");
    private static final double EXACT = 1e-12;

    private static Basket basket(long... variantIds) {
        return new Basket(T, variantIds);
    }

    /**
     * Nine orders over variants 1..5, so that dense index = variant id - 1:
     * <pre>
     *   b1 {1,3}  b2 {1,3}  b3 {2,3}  b4 {1,4}  b5 {2,4}  b6 {2,4}  b7 {2,4}  b8 {1,5}  b9 {5}
     * </pre>
     * count(1) = 4 (b1 b2 b4 b8), count(2) = 4 (b3 b5 b6 b7), count(3) = 3 (b1 b2 b3),
     * count(4) = 4 (b4..b7), count(5) = 2 (b8 b9, the single-item order counts), N = 9.
     * co(1,3) = 2, co(2,3) = 1, co(1,4) = 1, co(2,4) = 3, co(1,5) = 1; every other pair 0.
     */
    private static final CoOccurrenceModel NINE_ORDERS = CoOccurrenceModel.learn(List.of(
            basket(1, 3), basket(1, 3), basket(2, 3), basket(1, 4), basket(2, 4), basket(2, 4), basket(2, 4),
            basket(1, 5), basket(5)));

    private static final Comparator<CoOccurrenceModel.Candidate> LOWER_INDEX_FIRST =
            Comparator.comparingInt(CoOccurrenceModel.Candidate::index);

    private static int ix(long variantId) {
        return NINE_ORDERS.indexOf(variantId);
    }

    @Nested
    class Learn {

        @Test
        void countsEveryOrderIncludingSingleItemOnes() {
            assertEquals(9, NINE_ORDERS.orders());
            assertEquals(5, NINE_ORDERS.variants());
        }

        @Test
        void countsTheOrdersHoldingEachVariantIncludingSingleItemOrders() {
            assertEquals(4, NINE_ORDERS.orderCount(ix(1)));
            assertEquals(4, NINE_ORDERS.orderCount(ix(2)));
            assertEquals(3, NINE_ORDERS.orderCount(ix(3)));
            assertEquals(4, NINE_ORDERS.orderCount(ix(4)));
            // b8 {1,5} and the single-item b9 {5}
            assertEquals(2, NINE_ORDERS.orderCount(ix(5)));
        }

        @Test
        void countsTheOrdersHoldingEachPairInBothDirections() {
            assertEquals(2, NINE_ORDERS.together(ix(1), ix(3)));
            assertEquals(2, NINE_ORDERS.together(ix(3), ix(1)));
            assertEquals(1, NINE_ORDERS.together(ix(2), ix(3)));
            assertEquals(1, NINE_ORDERS.together(ix(1), ix(4)));
            assertEquals(3, NINE_ORDERS.together(ix(4), ix(2)));
            assertEquals(1, NINE_ORDERS.together(ix(5), ix(1)));
        }

        @Test
        void aPairNeverBoughtTogetherCountsZero() {
            assertEquals(0, NINE_ORDERS.together(ix(1), ix(2)));
            assertEquals(0, NINE_ORDERS.together(ix(3), ix(4)));
            assertEquals(0, NINE_ORDERS.together(ix(5), ix(2)));
        }

        @Test
        void pairsCountsTheDistinctPairsBoughtTogetherAtLeastOnce() {
            // {1,3} {2,3} {1,4} {2,4} {1,5}
            assertEquals(5, NINE_ORDERS.pairs());
        }

        @Test
        void aVariantRepeatedInOneOrderCountsOnce() {
            // one order with two lines of 7 and two lines of 8
            CoOccurrenceModel model = CoOccurrenceModel.learn(List.of(basket(7, 8, 7, 8)));

            assertEquals(1, model.orders());
            assertEquals(1, model.orderCount(model.indexOf(7)));
            assertEquals(1, model.orderCount(model.indexOf(8)));
            assertEquals(1, model.together(model.indexOf(7), model.indexOf(8)));
            assertEquals(1, model.pairs());
        }

        @Test
        void indicesFollowAscendingVariantIdsWhateverTheOrderOfPurchase() {
            CoOccurrenceModel model = CoOccurrenceModel.learn(List.of(basket(300, 10), basket(20)));

            assertEquals(0, model.indexOf(10));
            assertEquals(1, model.indexOf(20));
            assertEquals(2, model.indexOf(300));
            assertEquals(10, model.variantId(0));
            assertEquals(20, model.variantId(1));
            assertEquals(300, model.variantId(2));
        }

        @Test
        void aVariantNoOrderHeldHasNoIndex() {
            assertEquals(-1, NINE_ORDERS.indexOf(6));
            assertEquals(-1, NINE_ORDERS.indexOf(0));
            assertEquals(-1, NINE_ORDERS.indexOf(-3));
            assertEquals(-1, NINE_ORDERS.indexOf(Long.MAX_VALUE));
        }

        @Test
        void noOrdersMakeAnEmptyModel() {
            CoOccurrenceModel model = CoOccurrenceModel.learn(List.of());

            assertEquals(0, model.orders());
            assertEquals(0, model.variants());
            assertEquals(0, model.pairs());
            assertEquals(-1, model.indexOf(1));
        }

        @Test
        void countsEveryPairOfManyLargeBaskets() {
            // 3 orders of the same 120 variants: 120 * 119 / 2 = 7,140 pairs, each bought together 3 times;
            // far more pairs than the counter's first guess (2 per order), so it must grow without losing counts.
            List<Basket> baskets = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                baskets.add(basket(LongStream.rangeClosed(1, 120).toArray()));
            }

            CoOccurrenceModel model = CoOccurrenceModel.learn(baskets);

            assertEquals(7_140, model.pairs());
            for (int a = 0; a < 120; a++) {
                assertEquals(3, model.orderCount(a));
                for (int b = 0; b < 120; b++) {
                    assertEquals(a == b ? 0 : 3, model.together(a, b), "together(" + a + "," + b + ")");
                }
            }
        }

        @Test
        void variantIdsBeyondTheIntRangeAreKeptApart() {
            // Shopify-sized ids: 2^32 + 1 and 1 must not collide
            long big = (1L << 32) + 1;
            CoOccurrenceModel model = CoOccurrenceModel.learn(List.of(basket(1, big), basket(big)));

            assertEquals(2, model.variants());
            assertEquals(1, model.orderCount(model.indexOf(1)));
            assertEquals(2, model.orderCount(model.indexOf(big)));
            assertEquals(1, model.together(model.indexOf(1), model.indexOf(big)));
        }
    }

    @Nested
    class Rank {

        private List<Long> variantIds(List<CoOccurrenceModel.Candidate> ranked) {
            return ranked.stream().map(c -> NINE_ORDERS.variantId(c.index())).toList();
        }

        @Test
        void sumsTheScoresOfEveryCartItem() {
            // cart {1,2}, co-occurrence:
            //   4: co(1,4) + co(2,4) = 1 + 3 = 4
            //   3: co(1,3) + co(2,3) = 2 + 1 = 3
            //   5: co(1,5) + co(2,5) = 1 + 0 = 1
            List<CoOccurrenceModel.Candidate> ranked =
                    NINE_ORDERS.rank(new int[] {ix(1), ix(2)}, Metric.CO_OCCURRENCE, 10, i -> true, LOWER_INDEX_FIRST);

            assertEquals(List.of(4L, 3L, 5L), variantIds(ranked));
            assertEquals(4.0, ranked.get(0).score(), EXACT);
            assertEquals(3.0, ranked.get(1).score(), EXACT);
            assertEquals(1.0, ranked.get(2).score(), EXACT);
        }

        @Test
        void sumsCosineScores() {
            // cart {1,2}, cosine co / sqrt(countA * countB):
            //   4: 1/sqrt(4*4) + 3/sqrt(4*4) = 0.25 + 0.75 = 1.0
            //   3: 2/sqrt(4*3) + 1/sqrt(4*3) = 3/sqrt(12) = 0.8660
            //   5: 1/sqrt(4*2) = 0.3536
            List<CoOccurrenceModel.Candidate> ranked =
                    NINE_ORDERS.rank(new int[] {ix(1), ix(2)}, Metric.COSINE, 10, i -> true, LOWER_INDEX_FIRST);

            assertEquals(List.of(4L, 3L, 5L), variantIds(ranked));
            assertEquals(1.0, ranked.get(0).score(), EXACT);
            assertEquals(3 / Math.sqrt(12), ranked.get(1).score(), EXACT);
            assertEquals(1 / Math.sqrt(8), ranked.get(2).score(), EXACT);
        }

        @Test
        void scoresConfidenceFromTheCartItemsSide() {
            // cart {1}, confidence co / count(cart item) = co / 4:
            //   3: 2/4 = 0.5;  4: 1/4 = 0.25;  5: 1/4 = 0.25 (tie with 4: lower index first)
            // (dividing by the candidate's count instead would give 3: 2/3, 5: 1/2, 4: 1/4)
            List<CoOccurrenceModel.Candidate> ranked =
                    NINE_ORDERS.rank(new int[] {ix(1)}, Metric.CONFIDENCE, 10, i -> true, LOWER_INDEX_FIRST);

            assertEquals(List.of(3L, 4L, 5L), variantIds(ranked));
            assertEquals(0.5, ranked.get(0).score(), EXACT);
            assertEquals(0.25, ranked.get(1).score(), EXACT);
            assertEquals(0.25, ranked.get(2).score(), EXACT);
        }

        @Test
        void breaksTiesWithTheGivenComparator() {
            // cart {1,2}, lift co * N / (countA * countB), N = 9:
            //   3: 2*9/(4*3) + 1*9/(4*3) = 1.5 + 0.75 = 2.25
            //   4: 1*9/(4*4) + 3*9/(4*4) = 0.5625 + 1.6875 = 2.25   (a tie, exact in binary)
            //   5: 1*9/(4*2) = 1.125
            int[] cart = {ix(1), ix(2)};

            List<CoOccurrenceModel.Candidate> lowerFirst = NINE_ORDERS.rank(cart, Metric.LIFT, 10, i -> true, LOWER_INDEX_FIRST);
            List<CoOccurrenceModel.Candidate> higherFirst =
                    NINE_ORDERS.rank(cart, Metric.LIFT, 10, i -> true, LOWER_INDEX_FIRST.reversed());

            assertEquals(List.of(3L, 4L, 5L), variantIds(lowerFirst));
            assertEquals(List.of(4L, 3L, 5L), variantIds(higherFirst));
            assertEquals(2.25, lowerFirst.get(0).score(), EXACT);
            assertEquals(2.25, lowerFirst.get(1).score(), EXACT);
            assertEquals(1.125, lowerFirst.get(2).score(), EXACT);
        }

        @Test
        void theComparatorNeverOverridesAHigherScore() {
            // cart {1}, co: 3 scores 2, 4 and 5 score 1; even "highest index first" keeps 3 on top
            List<CoOccurrenceModel.Candidate> ranked = NINE_ORDERS.rank(new int[] {ix(1)}, Metric.CO_OCCURRENCE, 10,
                    i -> true, LOWER_INDEX_FIRST.reversed());

            assertEquals(List.of(3L, 5L, 4L), variantIds(ranked));
        }

        @Test
        void neverRecommendsACartItem() {
            // cart {1,3}: 3 is 1's best neighbour and 1 is 3's, yet neither comes back.
            //   4: co(1,4) = 1;  5: co(1,5) = 1;  2: co(3,2) = 1
            List<CoOccurrenceModel.Candidate> ranked =
                    NINE_ORDERS.rank(new int[] {ix(1), ix(3)}, Metric.CO_OCCURRENCE, 10, i -> true, LOWER_INDEX_FIRST);

            assertEquals(List.of(2L, 4L, 5L), variantIds(ranked));
        }

        @Test
        void leavesOutWhatTheEligibilityTestRefuses() {
            // cart {1,2} as in sumsTheScoresOfEveryCartItem, with 4 (the best) refused
            int refused = ix(4);
            List<CoOccurrenceModel.Candidate> ranked = NINE_ORDERS.rank(new int[] {ix(1), ix(2)}, Metric.CO_OCCURRENCE, 10,
                    i -> i != refused, LOWER_INDEX_FIRST);

            assertEquals(List.of(3L, 5L), variantIds(ranked));
        }

        @Test
        void returnsAtMostTheLimit() {
            List<CoOccurrenceModel.Candidate> ranked =
                    NINE_ORDERS.rank(new int[] {ix(1), ix(2)}, Metric.CO_OCCURRENCE, 2, i -> true, LOWER_INDEX_FIRST);

            assertEquals(List.of(4L, 3L), variantIds(ranked));
        }

        @Test
        void onlyVariantsBoughtWithACartItemAreCandidates() {
            // cart {5}: only 1 was ever bought with 5 (b8); 2, 3 and 4 are not candidates at all
            List<CoOccurrenceModel.Candidate> ranked =
                    NINE_ORDERS.rank(new int[] {ix(5)}, Metric.CO_OCCURRENCE, 10, i -> true, LOWER_INDEX_FIRST);

            assertEquals(List.of(1L), variantIds(ranked));
        }

        @Test
        void anEmptyCartHasNoCandidates() {
            assertTrue(NINE_ORDERS.rank(new int[0], Metric.CO_OCCURRENCE, 10, i -> true, LOWER_INDEX_FIRST).isEmpty());
        }

        @Test
        void theEvidenceIsTheCartItemThatContributesMost() {
            // cart {1,2}, co: 4 gets 1 from item 1 and 3 from item 2 -> evidence 2;
            //                 3 gets 2 from item 1 and 1 from item 2 -> evidence 1;
            //                 5 gets 1 from item 1 only              -> evidence 1
            List<CoOccurrenceModel.Candidate> ranked =
                    NINE_ORDERS.rank(new int[] {ix(1), ix(2)}, Metric.CO_OCCURRENCE, 10, i -> true, LOWER_INDEX_FIRST);

            assertEquals(ix(2), ranked.get(0).evidence());
            assertEquals(ix(1), ranked.get(1).evidence());
            assertEquals(ix(1), ranked.get(2).evidence());
        }

        @Test
        void onEqualContributionsTheEvidenceIsTheFirstCartItem() {
            // {10,30} and {20,30}: 30 gets co 1 from 10 and co 1 from 20
            CoOccurrenceModel model = CoOccurrenceModel.learn(List.of(basket(10, 30), basket(20, 30)));
            int i10 = model.indexOf(10);
            int i20 = model.indexOf(20);

            CoOccurrenceModel.Candidate tenFirst =
                    model.rank(new int[] {i10, i20}, Metric.CO_OCCURRENCE, 1, i -> true, LOWER_INDEX_FIRST).getFirst();
            CoOccurrenceModel.Candidate twentyFirst =
                    model.rank(new int[] {i20, i10}, Metric.CO_OCCURRENCE, 1, i -> true, LOWER_INDEX_FIRST).getFirst();

            assertEquals(2.0, tenFirst.score(), EXACT);
            assertEquals(i10, tenFirst.evidence());
            assertEquals(i20, twentyFirst.evidence());
        }

        @Test
        void aRequestLeavesNothingBehindForTheNext() {
            // the per-thread scratch arrays must be clean after every call, including one cut short by the limit
            int[] cart = {ix(1), ix(2)};
            List<CoOccurrenceModel.Candidate> first = NINE_ORDERS.rank(cart, Metric.LIFT, 1, i -> true, LOWER_INDEX_FIRST);
            NINE_ORDERS.rank(new int[] {ix(3)}, Metric.CO_OCCURRENCE, 10, i -> true, LOWER_INDEX_FIRST);
            List<CoOccurrenceModel.Candidate> again = NINE_ORDERS.rank(cart, Metric.LIFT, 1, i -> true, LOWER_INDEX_FIRST);

            assertEquals(first, again);
            // and a cart item of the previous call is a candidate again: cart {3} -> 1 (co 2) and 2 (co 1)
            List<CoOccurrenceModel.Candidate> fromThree =
                    NINE_ORDERS.rank(new int[] {ix(3)}, Metric.CO_OCCURRENCE, 10, i -> true, LOWER_INDEX_FIRST);
            assertEquals(List.of(1L, 2L), variantIds(fromThree));
            assertEquals(2.0, fromThree.get(0).score(), EXACT);
        }

        @Test
        void scoresEqualInExactArithmeticAreTiesBrokenByTheComparator() {
            // cart {A=1, B=2, C=3}, each in 10 orders; confidence = co / 10 for every cart item.
            //   x=4: co(A,x)=1, co(B,x)=2, co(C,x)=3 -> 0.1 + 0.2 + 0.3 = 0.6
            //   y=5: co(A,y)=3, co(B,y)=2, co(C,y)=1 -> 0.3 + 0.2 + 0.1 = 0.6
            List<Basket> baskets = new ArrayList<>();
            addOrders(baskets, 1, 1, 4);
            addOrders(baskets, 3, 1, 5);
            addOrders(baskets, 6, 1);
            addOrders(baskets, 2, 2, 4);
            addOrders(baskets, 2, 2, 5);
            addOrders(baskets, 6, 2);
            addOrders(baskets, 3, 3, 4);
            addOrders(baskets, 1, 3, 5);
            addOrders(baskets, 6, 3);
            CoOccurrenceModel model = CoOccurrenceModel.learn(baskets);
            int[] cart = {model.indexOf(1), model.indexOf(2), model.indexOf(3)};

            List<CoOccurrenceModel.Candidate> ranked = model.rank(cart, Metric.CONFIDENCE, 2, i -> true,
                    LOWER_INDEX_FIRST.reversed());

            // a tie, so the comparator (higher index first) decides: y=5 before x=4
            assertEquals(List.of(5L, 4L), ranked.stream().map(c -> model.variantId(c.index())).toList());
            // ... while each reports its own exact floating-point sum, not a rounded one
            assertEquals(0.3 + 0.2 + 0.1, ranked.get(0).score());
            assertEquals(0.1 + 0.2 + 0.3, ranked.get(1).score());
        }

        private static void addOrders(List<Basket> baskets, int times, long... variantIds) {
            for (int i = 0; i < times; i++) {
                baskets.add(basket(variantIds));
            }
        }
    }
}
