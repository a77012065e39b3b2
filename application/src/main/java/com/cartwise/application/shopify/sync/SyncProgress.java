package com.cartwise.application.shopify.sync;

import com.cartwise.application.jobs.JobContext;
import com.cartwise.application.jobs.JobCounts;
import com.cartwise.application.port.ShopifyAdmin.Feed.Step;
import java.util.Locale;

/**
 * A sync's progress in the merchant's terms. Each source (products, stock, orders) has a share of
 * the bar in proportion to what it is expected to hold; within it, Shopify preparing the bulk
 * result fills the first half and Cartwise reading it the second (paginated reads are all reading).
 * Loading, checking and merging take the rest, as an import's do.
 */
final class SyncProgress {
    static final double SOURCES_SHARE = 70;
    static final double LOADED_AT = 80;
    static final double CHECKED_AT = 85;

    private final JobContext context;
    private long read;
    private long refused;
    private String source = "";
    private double from;
    private double to;
    private long expected;

    SyncProgress(JobContext context) {
        this.context = context;
    }

    /** The next source takes the bar from {@code from} to {@code to} percent, expecting {@code expected} objects. */
    void source(String name, double from, double to, long expected) {
        this.source = name;
        this.from = from;
        this.to = to;
        this.expected = Math.max(1, expected);
        context.progress(name, from, "Asking Shopify for the " + name, counts());
    }

    void read() {
        read++;
    }

    void refused() {
        read++;
        refused++;
    }

    void at(Step step, long objects) {
        context.checkCancelled();
        double done = Math.min(1.0, (double) objects / expected);
        double share = switch (step) {
            case PREPARING -> done / 2;
            case THROTTLED, READING -> 0.5 + done / 2;
        };
        String message = switch (step) {
            case PREPARING -> String.format(Locale.ROOT, "Shopify is preparing the %s: %,d of about %,d", source, objects, expected);
            case THROTTLED -> "Waiting for Shopify's rate limit to allow the next request";
            case READING -> String.format(Locale.ROOT, "Reading the %s: %,d of about %,d (%,d records)", source, objects, expected, read);
        };
        context.progress(source, from + (to - from) * share, message, counts());
    }

    void phase(String phase, double percent, String message) {
        context.checkCancelled();
        context.progress(phase, percent, message, counts());
    }

    long readSoFar() {
        return read;
    }

    JobCounts counts() {
        return new JobCounts(read, 0, refused);
    }
}
