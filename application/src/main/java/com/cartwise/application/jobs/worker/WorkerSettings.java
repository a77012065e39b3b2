package com.cartwise.application.jobs.worker;

import java.time.Duration;

/**
 * How a worker holds its jobs. The values come from configuration ({@code cartwise.jobs.*}, whose
 * defaults are in bootstrap's application.yml and nowhere else).
 *
 * @param owner this worker's name in the jobs' lease (host, process and a random part), unique per instance
 * @param lease how long a claim lasts without renewal: after it, another instance declares the worker lost
 * @param heartbeat how often the lease is renewed (and a cancel request noticed); well below {@code lease}
 * @param reportInterval the least time between two progress writes of one job (phase changes are always written)
 */
public record WorkerSettings(String owner, Duration lease, Duration heartbeat, Duration reportInterval) {
    public WorkerSettings {
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("a worker has an owner name");
        }
        if (lease == null || heartbeat == null || reportInterval == null || heartbeat.isZero() || heartbeat.isNegative()
                || heartbeat.compareTo(lease) >= 0) {
            throw new IllegalArgumentException("the heartbeat (" + heartbeat + ") must be positive and shorter than the lease ("
                    + lease + "), or a busy worker would lose its own jobs");
        }
        if (reportInterval.isNegative()) {
            throw new IllegalArgumentException("the report interval (" + reportInterval + ") must be 0 (every progress written) or more");
        }
    }
}
