package com.cartwise.domain.mining;

/**
 * How a long piece of domain work (mining, and each phase of bundle generation) tells its caller
 * how far it is, and learns that the caller wants it to stop. The work calls {@link #report}
 * with a fraction that never decreases and checks {@link #checkpoint} between units of work (a
 * top-level item of FP-Growth, a variant of enrichment, a candidate of ranking), so a job stops
 * promptly and never halfway through a unit.
 *
 * <p>It lives with mining, the lowest layer that does long work; every bundle phase uses it too.
 */
public interface Progress {
    /** Nobody listens and nobody cancels: for tests, the CLI without a bar, quick paths. */
    Progress NONE = new Progress() {
        @Override
        public void report(double fractionDone) {
        }

        @Override
        public boolean cancelRequested() {
            return false;
        }
    };

    /** The share of this piece of work done so far, in [0, 1], never smaller than the last report. */
    void report(double fractionDone);

    /** Whether the caller asked the work to stop at the next checkpoint. */
    boolean cancelRequested();

    /** Stops the work with {@link WorkCancelledException} if the caller asked for it. */
    default void checkpoint() {
        if (cancelRequested()) {
            throw new WorkCancelledException();
        }
    }

    /** Reports {@code done} of {@code total} units, then checks for cancellation. */
    default void advance(long done, long total) {
        report(total <= 0 ? 1.0 : Math.min(1.0, (double) done / total));
        checkpoint();
    }

    /**
     * The same listener seen through a sub-range: a step that is the span [from, to] of a phase
     * reports its own 0..1 and the listener hears from..to. Cancellation passes straight through.
     */
    default Progress slice(double from, double to) {
        if (!(0 <= from && from <= to && to <= 1)) {
            throw new IllegalArgumentException("a slice of progress needs 0 <= from <= to <= 1, but was [" + from + ", " + to + "]");
        }
        Progress outer = this;
        return new Progress() {
            @Override
            public void report(double fractionDone) {
                outer.report(from + (to - from) * Math.max(0, Math.min(1, fractionDone)));
            }

            @Override
            public boolean cancelRequested() {
                return outer.cancelRequested();
            }
        };
    }
}
