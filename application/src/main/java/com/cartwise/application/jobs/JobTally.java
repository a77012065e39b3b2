package com.cartwise.application.jobs;

/**
 * One count a job has reached so far, by name ("orders" 100,000, "rules" 312, "bundles" 40): what
 * a follower shows beside the percent. Import jobs count rows in {@link JobCounts}; other kinds
 * name what they count.
 */
public record JobTally(String name, long count) {
    public JobTally {
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("a tally is named in snake_case, but was '" + name + "'");
        }
        if (count < 0) {
            throw new IllegalArgumentException("a tally is never negative: " + name + " " + count);
        }
    }
}
