package com.cartwise.domain.mining;

/**
 * Conviction of a rule X ⇒ Y: (1 − supp(Y)) / (1 − conf(X ⇒ Y)) (Brin et al., SIGMOD 1997), how
 * much more often X would occur without Y if they were independent. A rule that never fails
 * (confidence 1) has unbounded conviction; that case is a value of its own rather than a double
 * infinity that would leak into JSON or SQL as a non-number.
 */
public sealed interface Conviction {
    /** As a double: the value, or positive infinity when unbounded. */
    double value();

    boolean isUnbounded();

    record Finite(double value) implements Conviction {
        public Finite {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("a finite conviction is a non-negative number, but was " + value);
            }
        }

        @Override
        public boolean isUnbounded() {
            return false;
        }
    }

    /** Confidence 1: Y always comes with X. */
    record Unbounded() implements Conviction {
        @Override
        public double value() {
            return Double.POSITIVE_INFINITY;
        }

        @Override
        public boolean isUnbounded() {
            return true;
        }
    }
}
