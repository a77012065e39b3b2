package com.cartwise.bootstrap.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The settings an instance's workers are started with are checked before any worker starts. */
class JobWorkersTest {

    @Test
    void aNegativeNumberOfWorkersIsRefusedNotReadAsNone() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new JobWorkers(null, null, -1, Duration.ofMillis(250)));

        assertEquals("cartwise.jobs.workers must be 0 (this instance runs no jobs) or more, but was -1", e.getMessage());
    }

    @Test
    void aPollIntervalOfZeroIsRefusedRatherThanAskingTheDatabaseWithoutPause() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new JobWorkers(null, null, 2, Duration.ZERO));

        assertEquals("cartwise.jobs.poll-interval must be positive, but was PT0S", e.getMessage());
    }
}
