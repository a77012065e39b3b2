package com.cartwise.domain.recommend.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.orders.Baskets;
import com.cartwise.domain.recommend.DenseBaskets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CasesTest {
    private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");

    /** Orders 0..5 of sizes 2, 1, 3, 2, 2, 3 (order 1 is no case). */
    private static final DenseBaskets ORDERS = DenseBaskets.of(Baskets.of(List.of(
            new Basket(T, 1, 2), new Basket(T, 3), new Basket(T, 4, 5, 6), new Basket(T, 7, 8), new Basket(T, 9, 10),
            new Basket(T, 11, 12, 13))));

    @Test
    void theLastItemOfEachOrderOfTwoOrMoreItemsIsOneCase() {
        Cases cases = Cases.of(ORDERS, Protocol.LAST_ITEM, 100);

        assertArrayEquals(new int[] {0, 2, 3, 4, 5}, cases.basket);
        assertArrayEquals(new int[] {1, 2, 1, 1, 2}, cases.heldOut);
    }

    @Test
    void eachItemOfSuchAnOrderIsACaseOfItsOwn() {
        Cases cases = Cases.of(ORDERS, Protocol.EACH_ITEM, 100);

        assertArrayEquals(new int[] {0, 0, 2, 2, 2, 3, 3, 4, 4, 5, 5, 5}, cases.basket);
        assertArrayEquals(new int[] {0, 1, 0, 1, 2, 0, 1, 0, 1, 0, 1, 2}, cases.heldOut);
    }

    @Test
    void beyondTheCapOrdersAreTakenAtAnEvenStride() {
        // 5 eligible orders, 2 wanted: the 2nd and 4th eligible (floor((e+1)*2/5) steps up at e = 2 and e = 4 -> orders 3 and 5)
        Cases cases = Cases.of(ORDERS, Protocol.LAST_ITEM, 2);

        assertArrayEquals(new int[] {3, 5}, cases.basket);
    }

    @Test
    void theCapOnEachItemCountsItemsNotOrders() {
        // 12 cases in 5 orders, at most 6: floor(5 * 6 / 12) = 2 orders, the 3rd and 5th eligible: {7,8} and {11,12,13}
        Cases cases = Cases.of(ORDERS, Protocol.EACH_ITEM, 6);

        assertArrayEquals(new int[] {3, 3, 5, 5, 5}, cases.basket);
    }

    @Test
    void manyOrdersAreSampledAcrossTheWholeValidationPeriod() {
        List<Basket> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add(new Basket(T.plusSeconds(i), 2L * i + 1, 2L * i + 2));
        }

        Cases cases = Cases.of(DenseBaskets.of(Baskets.of(many)), Protocol.LAST_ITEM, 10);

        assertArrayEquals(new int[] {99, 199, 299, 399, 499, 599, 699, 799, 899, 999}, cases.basket);
    }
}
