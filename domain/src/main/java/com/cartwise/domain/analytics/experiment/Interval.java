package com.cartwise.domain.analytics.experiment;

/** An estimate of a difference (treatment minus control) with its 95% confidence interval. */
public record Interval(double estimate, double lower, double upper) {
    public Interval {
        if (!(lower <= estimate && estimate <= upper)) {
            throw new IllegalArgumentException("an interval [" + lower + ", " + upper + "] that does not hold its estimate " + estimate);
        }
    }

    /** The interval excludes zero: at 95%, the arms differ. */
    public boolean excludesZero() {
        return lower > 0 || upper < 0;
    }
}
