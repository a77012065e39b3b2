package com.cartwise.domain.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.recommend.Recommendation;
import com.cartwise.domain.recommend.learning.RecommenderTraining;
import com.cartwise.domain.recommend.scoring.Scorer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever the scorer, shop and cart: no cart item, nothing unsellable, no variant twice, the same answer twice. */
class ServingPropertiesTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {31, 32})
    void neverOffersACartItemOrAnUnsellableVariantAndAnswersAlike(long seed) {
        Random random = new Random(seed);
        List<Basket> orders = new ArrayList<>();
        for (int o = 0; o < 300; o++) {
            long[] ids = random.longs(1 + random.nextInt(4), 1, 41).toArray();
            orders.add(new Basket(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3_600L * o), ids));
        }
        List<Variant> catalogue = new ArrayList<>();
        Set<Long> unsellable = new HashSet<>();
        for (long id = 1; id <= 40; id++) {
            boolean soldOut = random.nextInt(4) == 0;
            if (soldOut) {
                unsellable.add(id);
            }
            // a few titles only, so that many scores tie on title and go by id
            catalogue.add(ServingModelTest.variant(id, "Product " + (id % 5), List.of(), "SKU-" + id,
                    Stock.tracked(soldOut ? 0 : 3)));
        }
        for (Scorer scorer : RecommenderTraining.standard().candidates()) {
            ServingModel serving = ServingModelTest.serving(scorer.wireName(), catalogue, orders);
            for (int c = 0; c < 50; c++) {
                List<VariantKey> cart = random.longs(1 + random.nextInt(5), 1, 45).mapToObj(id -> (VariantKey) new VariantKey.ById(id))
                        .toList();
                Set<Long> inCart = new HashSet<>();
                cart.forEach(k -> inCart.add(((VariantKey.ById) k).variantId()));

                Recommendations got = serving.recommend(cart, 8);

                Set<Long> seen = new HashSet<>();
                for (Recommendation r : got.items()) {
                    long id = r.variant().id();
                    assertFalse(inCart.contains(id), scorer.wireName() + " offered cart item " + id);
                    assertFalse(unsellable.contains(id), scorer.wireName() + " offered sold-out " + id);
                    assertTrue(seen.add(id), scorer.wireName() + " offered " + id + " twice");
                }
                assertEquals(8, got.items().size(), "enough variants sell to fill every list");
                assertEquals(got, serving.recommend(cart, 8), scorer.wireName());
            }
        }
    }
}
