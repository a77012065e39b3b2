package com.cartwise.persistence.imports;

/**
 * How closely an import samples its own session tables (the staged rows and the merge's working
 * tables) for the planner. Their plans need row counts and rough distinct counts, not histograms:
 * at PostgreSQL's default target (100) ANALYZE read 30,000 rows of each, 0.14 s for a million
 * staged lines against 0.013 s at this one (docs/BENCHMARKS.md). The shop's own tables keep the
 * default: their statistics plan every later read.
 */
final class SessionStatistics {
    static final int TARGET = 10;

    private SessionStatistics() {
    }

    /** For the transaction that analyzes session tables; the setting ends with it. */
    static String forThisTransaction() {
        return "SET LOCAL default_statistics_target = " + TARGET;
    }
}
