package com.cartwise.application.bundles.generation;

/**
 * The phases of a generation in the order they run, each with its span of the job's percent. The
 * spans follow where the time goes on a large shop with template copy (reading orders and mining
 * lead); with AI copy the copy phase takes longer than its span, and the ETA says so.
 */
enum GenerationPhase {
    READING("reading", 0, 10),
    QUICK_START("quick_start", 10, 16),
    ENRICHMENT("enrichment", 16, 24),
    OBJECTIVES("objectives", 24, 26),
    CANDIDATES("candidates", 26, 48),
    DEDUPLICATION("deduplication", 48, 50),
    RANKING("ranking", 50, 55),
    PRICING("pricing", 55, 58),
    EXPLANATION("explanation", 58, 60),
    /** Copy and publishing alternate, a wave at a time, over the rest. */
    COPY("copy", 60, 100),
    PUBLISHING("publishing", 60, 100);

    private final String wireName;
    private final double from;
    private final double to;

    GenerationPhase(String wireName, double from, double to) {
        this.wireName = wireName;
        this.from = from;
        this.to = to;
    }

    /** The phase's name in the job's progress events. */
    String wireName() {
        return wireName;
    }

    double from() {
        return from;
    }

    double to() {
        return to;
    }

    /** The percent of the job at {@code fraction} of this phase. */
    double at(double fraction) {
        return from + (to - from) * Math.max(0, Math.min(1, fraction));
    }
}
