package com.cartwise.bootstrap.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A period of zero or less is refused at start, naming its setting, instead of being run every 100 ms. */
class ScheduleSettingsTest {

    @Test
    void aRetrainingCheckIntervalOfZeroOrLessIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RetrainingSchedule(null, Duration.ofSeconds(-1)));

        assertEquals("cartwise.retraining.check-interval must be positive, but was PT-1S", e.getMessage());
    }

    @Test
    void aFlagRefreshOfZeroIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FlagRefresh(null, Duration.ZERO));

        assertEquals("cartwise.flags.refresh must be positive, but was PT0S", e.getMessage());
    }
}
