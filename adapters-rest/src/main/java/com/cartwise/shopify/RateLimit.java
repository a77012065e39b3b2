package com.cartwise.shopify;

import io.micronaut.json.tree.JsonNode;
import java.time.Duration;
import java.util.Optional;

/**
 * Shopify's GraphQL rate limit for one shop, as its answers describe it: a bucket of cost points
 * ({@code maximumAvailable}) refilled at {@code restoreRate} points a second, from which each
 * query's requested cost is taken before it runs. Known from the last answer, so the next request
 * waits for room instead of being throttled; and when throttled anyway, says how long to wait.
 */
final class RateLimit {
    private double available = Double.NaN;
    private double maximum;
    private double restoreRate;
    private double lastCost;
    private long seenAtNanos;

    /** Takes the throttle status of an answer's {@code extensions.cost}, when it has one. */
    synchronized void observe(JsonNode answer) {
        Optional<JsonNode> status = Json.at(answer, "extensions", "cost", "throttleStatus");
        if (status.isEmpty()) {
            return;
        }
        available = Json.decimal(status.get(), "currentlyAvailable").map(Number::doubleValue).orElse(0.0);
        maximum = Json.decimal(status.get(), "maximumAvailable").map(Number::doubleValue).orElse(available);
        restoreRate = Json.decimal(status.get(), "restoreRate").map(Number::doubleValue).orElse(0.0);
        lastCost = Json.decimal(answer, "extensions", "cost", "requestedQueryCost").map(Number::doubleValue).orElse(lastCost);
        seenAtNanos = System.nanoTime();
    }

    /** How long until the bucket holds what the last request cost: zero when it does, or when nothing is known yet. */
    synchronized Duration waitForRoom() {
        return waitFor(lastCost);
    }

    /** After a THROTTLED answer: how long until its requested cost fits. */
    synchronized Duration waitAfterThrottle() {
        Duration wait = waitFor(lastCost);
        // A throttle with nothing to go by (no status): a second, Shopify's leak interval.
        return wait.isZero() ? Duration.ofSeconds(1) : wait;
    }

    private Duration waitFor(double cost) {
        if (Double.isNaN(available) || restoreRate <= 0) {
            return Duration.ZERO;
        }
        double elapsed = (System.nanoTime() - seenAtNanos) / 1e9;
        double now = Math.min(maximum, available + elapsed * restoreRate);
        double missing = Math.min(cost, maximum) - now;
        return missing <= 0 ? Duration.ZERO : Duration.ofMillis((long) Math.ceil(missing / restoreRate * 1000));
    }
}
