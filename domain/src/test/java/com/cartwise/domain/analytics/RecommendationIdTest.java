package com.cartwise.domain.analytics;

import static com.cartwise.domain.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.analytics.experiment.Arm;
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
    void anIdIssuedInAnArmSaysWhichAndTheOtherDigitsStayRandom() {
        for (Arm arm : Arm.values()) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < 10_000; i++) {
                RecommendationId id = RecommendationId.issue(arm);
                assertEquals(arm, id.arm(), id.value());
                assertEquals(RecommendationId.armDigit(arm), id.value().charAt(0));
                seen.add(id.value().substring(1, 2));
            }
            assertEquals(16, seen.size(), "every second digit occurs in " + arm);
        }
        assertEquals(Arm.NONE, RecommendationId.random().arm());
    }

    @Test
    void theArmIsReadFromTheFirstDigit() {
        assertEquals(Arm.TREATMENT, new RecommendationId("1f000000000000000000000000000000").arm());
        assertEquals(Arm.CONTROL, new RecommendationId("2f000000000000000000000000000000").arm());
        assertEquals(Arm.NONE, new RecommendationId("0f000000000000000000000000000000").arm());
        assertEquals(Arm.NONE, new RecommendationId("af000000000000000000000000000000").arm(), "an id from before holdouts");
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
