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
}
