package com.cartwise.bootstrap.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.recommend.evaluation.EvaluationSettings;
import com.cartwise.domain.recommend.evaluation.PrimaryMeasure;
import com.cartwise.domain.recommend.evaluation.Protocol;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartSettingsTest {
    private static final Map<String, String> SETTINGS = Map.of("train_share", "cartwise.recommender.evaluation.train-share");

    @Test
    void aRefusedValueIsNamedByTheSettingTheOperatorWrote() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StartSettings.checked(SETTINGS,
                () -> new EvaluationSettings(1.5, List.of(2), PrimaryMeasure.parse(Protocol.LAST_ITEM, "hit_rate@2"), 10)));

        assertEquals("cartwise.recommender.evaluation.train-share: must be between 0 and 1, but was 1.5", e.getMessage());
    }

    @Test
    void aFieldNoSettingIsKnownForIsPassedOnAsItWas() {
        InvalidInputException refused = new InvalidInputException("rp3beta", "at least one setting is needed");

        assertSame(refused, assertThrows(InvalidInputException.class, () -> StartSettings.checked(SETTINGS, () -> {
            throw refused;
        })));
    }

    @Test
    void anAcceptedValueIsReturned() {
        assertEquals("made", StartSettings.checked(SETTINGS, () -> "made"));
    }
}
