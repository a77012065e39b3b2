package com.cartwise.application.jobs.worker;

import java.util.OptionalLong;

/**
 * Seconds still needed, from the time spent so far and the share done: the rate so far is the best
 * guess a job has. No guess before 1% (too little to go on) or at 100%.
 */
final class EtaEstimate {
    private EtaEstimate() {
    }

    static OptionalLong seconds(double percent, long elapsedNanos) {
        if (percent < 1 || percent >= 100 || elapsedNanos <= 0) {
            return OptionalLong.empty();
        }
        double remaining = elapsedNanos / 1e9 * (100 - percent) / percent;
        return OptionalLong.of(Math.round(Math.ceil(remaining)));
    }
}
