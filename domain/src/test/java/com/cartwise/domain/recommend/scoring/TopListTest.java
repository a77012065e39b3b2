package com.cartwise.domain.recommend.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TopListTest {

    @Test
    void aListWithRoomTakesAnyScore() {
        TopList top = new TopList(2, false);
        top.offer(7, 0.5, 7, -1);

        assertEquals(Double.NEGATIVE_INFINITY, top.threshold());
    }

    @Test
    void aFullListTakesNothingBelowItsThresholdAndAScoreThatTiesItsLastByALowerTieRank() {
        TopList top = new TopList(2, false);
        top.offer(5, 3.0, 5, -1);
        top.offer(9, 2.0, 9, -1);
        double threshold = top.threshold();

        top.offer(1, Math.nextDown(threshold), 1, -1);
        top.offer(4, 2.0, 4, -1);

        assertEquals(2.0, threshold, 2.0 * 0x1p-37);
        assertEquals(5, top.variant(0));
        assertEquals(4, top.variant(1), "equal score, lower tie rank than 9");
    }

    @Test
    void aFullListTurnsAwayAScoreNoHigherThanItsLastWithALaterTieRankButNotOneThatRoundsEqualWithAnEarlierOne() {
        TopList top = new TopList(2, false);
        top.offer(5, 3.0, 5, -1);
        top.offer(9, 2.0, 9, -1);

        top.offer(12, 2.0, 12, -1);
        top.offer(11, Math.nextDown(2.0), 11, -1);
        // below 2.0 in exact arithmetic, equal once rounded for ranking: the lower tie rank wins the place
        top.offer(3, Math.nextDown(2.0), 3, -1);

        assertEquals(5, top.variant(0));
        assertEquals(3, top.variant(1));
        assertEquals(Math.nextDown(2.0), top.score(1), "the exact score is kept");
    }
}
