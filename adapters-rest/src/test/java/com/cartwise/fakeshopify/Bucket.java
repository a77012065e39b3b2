package com.cartwise.fakeshopify;

/** Shopify's leaky bucket of query cost points, as the fake enforces it. */
final class Bucket {
    private final double maximum;
    private final double restoreRate;
    private double available;
    private long lastNanos = System.nanoTime();

    Bucket(double maximum, double restoreRate) {
        this.maximum = maximum;
        this.restoreRate = restoreRate;
        this.available = maximum;
    }

    /** Takes the cost if the bucket holds it; false (taking nothing) when the query is throttled. */
    synchronized boolean take(double cost) {
        refill();
        if (available < cost) {
            return false;
        }
        available -= cost;
        return true;
    }

    synchronized double available() {
        refill();
        return available;
    }

    double maximum() {
        return maximum;
    }

    double restoreRate() {
        return restoreRate;
    }

    private void refill() {
        long now = System.nanoTime();
        available = Math.min(maximum, available + (now - lastNanos) / 1e9 * restoreRate);
        lastNanos = now;
    }
}
