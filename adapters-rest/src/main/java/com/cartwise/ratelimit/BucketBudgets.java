package com.cartwise.ratelimit;

import com.cartwise.application.access.Budget;
import com.cartwise.application.port.RequestBudgets;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link RequestBudgets} as Bucket4j token buckets in this process's memory, one per key and
 * budget: a key may burst to its budget, which refills evenly over the period. Each replica keeps
 * its own buckets, so behind N replicas a key gets up to N times its budget (Bucket4j's
 * PostgreSQL-backed buckets would share them, at a database round trip per request).
 */
public final class BucketBudgets implements RequestBudgets {
    private final Map<Budget, Limit> limits;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public BucketBudgets(Map<Budget, Limit> limits) {
        for (Budget budget : Budget.values()) {
            if (!limits.containsKey(budget)) {
                throw new IllegalArgumentException("no rate limit for the " + budget + " budget");
            }
        }
        this.limits = new EnumMap<>(limits);
    }

    @Override
    public Optional<Duration> take(String keyName, Budget budget) {
        Bucket bucket = buckets.computeIfAbsent(budget.name() + ' ' + keyName, name -> limits.get(budget).newBucket());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** A budget of {@code requests} per {@code period}. */
    public record Limit(long requests, Duration period) {
        public Limit {
            if (requests < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a rate limit is at least 1 request per a positive period, not " + requests
                        + " per " + period);
            }
        }

        Bucket newBucket() {
            return Bucket.builder().addLimit(Bandwidth.builder().capacity(requests).refillGreedy(requests, period).build()).build();
        }
    }
}
