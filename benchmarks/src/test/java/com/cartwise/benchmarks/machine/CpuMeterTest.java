package com.cartwise.benchmarks.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CpuMeterTest {

    @Test
    void countsEveryTickOfTheMachineButIdleAndIoWaitAsBusy() {
        // user 100, nice 2, system 30, idle 500, iowait 7, irq 1, softirq 4, steal 3, guest 0, guest_nice 0
        String line = "cpu  100 2 30 500 7 1 4 3 0 0";

        assertEquals(100 + 2 + 30 + 1 + 4 + 3, CpuMeter.busyTicks(line));
    }

    @Test
    void readsUserAndSystemTicksOfAProcessWhoseNameHoldsSpacesAndParentheses() {
        // pid, (comm), state, ppid, pgrp, session, tty, tpgid, flags, minflt, cminflt, majflt, cmajflt, utime 250, stime 40, ...
        String line = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 900 0 0 0 250 40 0 0 20 0 31 0 1000 0 0";

        assertEquals(290, CpuMeter.processTicks(line));
    }

    @Test
    void chargesTheMeasuredServerAndCountsAsOthersOnlyWhatNoWatchedProcessSpent() {
        // over 2 s of wall time the machine was busy 3 CPU-seconds: server 1.2, the other server 0.1, the client 0.9
        CpuMeter.Reading from = new CpuMeter.Reading(0, 10.0, new double[] {5.0, 1.0, 2.0});
        CpuMeter.Reading to = new CpuMeter.Reading(2_000_000_000L, 13.0, new double[] {6.2, 1.1, 2.9});

        CpuMeter.Usage usage = CpuMeter.Usage.between(from, to);

        assertEquals(1.2, usage.serverSeconds(), 1e-9);
        assertEquals(0.9, usage.processSeconds()[2], 1e-9);
        assertEquals((3.0 - 1.2 - 0.1 - 0.9) / 2, usage.othersCores(), 1e-9);
    }
}
