package com.cartwise.domain.mining;

import static com.cartwise.domain.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MinSupportTest {
    @Test
    void aShareIsTheSmallestCountReachingIt() {
        assertEquals(89, MinSupport.fraction(0.001).countFor(88_162), "0.001 x 88,162 = 88.162, rounded up");
        assertEquals(3, MinSupport.fraction(0.6).countFor(5));
        assertEquals(2, MinSupport.fraction(0.02).countFor(100));
    }

    @Test
    void aShareThatIsExactInDecimalIsExact() {
        // 0.1 * 30 in doubles is 3.0000000000000004, which would demand 4 baskets
        assertEquals(3, MinSupport.fraction(0.1).countFor(30));
        assertEquals(7, MinSupport.fraction(0.07).countFor(100));
    }

    @Test
    void neverAsksForFewerThanOneBasket() {
        assertEquals(1, MinSupport.fraction(0.0001).countFor(10));
        assertEquals(1, MinSupport.fraction(0.5).countFor(0));
    }

    @Test
    void aCountIsTaken() {
        assertEquals(42, MinSupport.count(42).countFor(10));
    }

    @Test
    void rejectsSharesOutsideZeroToOneAndCountsBelowOne() {
        assertRejected("min_support", () -> MinSupport.fraction(0));
        assertRejected("min_support", () -> MinSupport.fraction(1.5));
        assertRejected("min_support", () -> MinSupport.fraction(Double.NaN));
        assertRejected("min_support", () -> MinSupport.count(0));
    }

    @Test
    void readsAsMerchantsWriteIt() {
        assertEquals("0.1%", MinSupport.fraction(0.001).toString());
        assertEquals("89 baskets", MinSupport.count(89).toString());
    }
}
