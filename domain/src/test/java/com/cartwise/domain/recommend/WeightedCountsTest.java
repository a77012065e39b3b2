package com.cartwise.domain.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.orders.Baskets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightedCountsTest {
    private static final double EXACT = 1e-12;
    private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void sumsTheWeightsOfTheBasketsHoldingEachVariantAndPair() {
        // {1,2} weight 1/2, {1,2,3} weight 1/3: item 1 = 5/6, pair (1,2) = 5/6, pair (2,3) = 1/3, total 5/6
        DenseBaskets baskets = DenseBaskets.of(Baskets.of(List.of(new Basket(T, 1, 2), new Basket(T, 1, 2, 3))));
        CoOccurrenceModel model = CoOccurrenceModel.learn(baskets);

        WeightedCounts w = WeightedCounts.bySize(model, baskets);

        assertEquals(5.0 / 6, w.total(), EXACT);
        assertEquals(5.0 / 6, w.items()[model.indexOf(1)], EXACT);
        assertEquals(1.0 / 3, w.items()[model.indexOf(3)], EXACT);
        assertEquals(5.0 / 6, w.pairs()[model.entryOf(model.indexOf(1), model.indexOf(2))], EXACT);
        assertEquals(1.0 / 3, w.pairs()[model.entryOf(model.indexOf(3), model.indexOf(2))], EXACT);
    }

    @Test
    void decayHalvesAnOrderPerHalfLifeOfAge() {
        assertEquals(0.5, DecayedCounts.weight(30, 100 * 86_400L, 70 * 86_400L), EXACT);
        assertEquals(2.0, DecayedCounts.weight(30, 100 * 86_400L, 130 * 86_400L), EXACT);
        assertEquals(1.0, DecayedCounts.weight(30, 100, 100), EXACT);
    }
}
