package com.cartwise.domain.mining;

import static com.cartwise.domain.mining.Shopping.BEER;
import static com.cartwise.domain.mining.Shopping.BREAD;
import static com.cartwise.domain.mining.Shopping.DIAPERS;
import static com.cartwise.domain.mining.Shopping.MILK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoOccurrenceTest {
    private final TransactionDatabase db = Shopping.baskets();

    @Test
    void cosineNormalisesTogetherByBothPopularities() {
        // diapers 4, beer 3, together 3: 3 / sqrt(12)
        assertEquals(3 / Math.sqrt(12), new CoOccurrence.Pair(0, 1, 3, 4, 3).cosine(), 1e-12);
    }

    @Test
    void eachItemKeepsItsMostSimilarNeighbours() {
        List<CoOccurrence.Pair> pairs = CoOccurrence.topNeighbours(TidLists.of(db), 1, 2, Progress.NONE);

        // beer's best: diapers (3/sqrt(12) = 0.866) over bread and milk (2/sqrt(12)); bread's: milk and diapers tie at 3/4,
        // milk has the lower dense id
        int beer = id(BEER);
        int diapers = id(DIAPERS);
        assertTrue(pairs.stream().anyMatch(p -> p.first() == Math.min(beer, diapers) && p.second() == Math.max(beer, diapers)
                && p.together() == 3 && Math.abs(p.cosine() - 3 / Math.sqrt(12)) < 1e-12), pairs.toString());
        assertTrue(pairs.stream().anyMatch(p -> p.first() == id(BREAD) && p.second() == id(MILK)));
        assertTrue(pairs.stream().allMatch(p -> p.together() >= 2));
        assertEquals(pairs.size(), pairs.stream().distinct().count());
    }

    @Test
    void dropsPairsBelowTheMinimumTogether() {
        assertEquals(List.of(), CoOccurrence.topNeighbours(TidLists.of(db), 5, 4, Progress.NONE));
    }

    private int id(long external) {
        return db.denseIdOf(external).getAsInt();
    }
}
