package com.cartwise.rest.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StartedJobsTest {

    @Test
    void aNegativeWaitLimitIsRefusedAtStart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new StartedJobs(null, null, Duration.ofSeconds(-5)));

        assertEquals("cartwise.jobs.wait-limit must be 0s (?wait=true answers 202 at once) or more, but was PT-5S", e.getMessage());
    }
}
