package com.cartwise.application.jobs.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WorkerSettingsTest {
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration HEARTBEAT = Duration.ofSeconds(5);

    @Test
    void aHeartbeatNoShorterThanTheLeaseIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WorkerSettings("host-1", LEASE, Duration.ofSeconds(30), Duration.ZERO));

        assertEquals("the heartbeat (PT30S) must be positive and shorter than the lease (PT30S), or a busy worker would lose its own jobs", e.getMessage());
    }

    @Test
    void aNegativeReportIntervalIsRefusedAndZeroWritesEveryProgress() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WorkerSettings("host-1", LEASE, HEARTBEAT, Duration.ofSeconds(-1)));

        assertEquals("the report interval (PT-1S) must be 0 (every progress written) or more", e.getMessage());
        assertEquals(Duration.ZERO, new WorkerSettings("host-1", LEASE, HEARTBEAT, Duration.ZERO).reportInterval());
    }
}
