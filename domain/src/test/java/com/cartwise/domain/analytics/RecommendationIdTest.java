package com.cartwise.domain.analytics;

import static com.cartwise.domain.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecommendationIdTest {

    @Test
    void aRandomIdIsThirtyTwoHexDigitsAndNeverRepeatsInManyDraws() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String value = RecommendationId.random().value();
            assertTrue(value.matches("[0-9a-f]{32}"), value);
            seen.add(value);
        }
        assertEquals(100_000, seen.size());
    }

    @Test
    void anIdCarriesItsLeadingZeros() {
        assertEquals("00000000000000000000000000000001", new RecommendationId("00000000000000000000000000000001").value());
    }

    @Test
    void refusesAnythingButThirtyTwoLowerCaseHexDigits() {
        assertRejected("recommendation_id", () -> new RecommendationId(null));
        assertRejected("recommendation_id", () -> new RecommendationId(""));
        assertRejected("recommendation_id", () -> new RecommendationId("0123456789ABCDEF0123456789abcdef"));
        assertRejected("recommendation_id", () -> new RecommendationId("0123456789abcdef0123456789abcde"));
        assertRejected("recommendation_id", () -> new RecommendationId("0123456789abcdef0123456789abcdef0"));
    }
}
