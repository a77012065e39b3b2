package com.cartwise.benchmarks.soak;

import java.util.Locale;

/**
 * How one job of the soak ended.
 *
 * @param what "import of 30,000 lines into soak-imports", "training of demo"
 * @param state succeeded, failed, cancelled, or "not started" / "unfinished" when the soak could not start or follow it
 * @param detail what it did (rows imported, the model's version) or why it failed
 */
record JobOutcome(double endedAtSeconds, String what, String state, double seconds, String detail) {

    boolean succeeded() {
        return "succeeded".equals(state);
    }

    String describe() {
        return String.format(Locale.ROOT, "%s %s in %.1f s%s", what, state, seconds, detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
