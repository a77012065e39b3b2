package com.cartwise.domain.bundles.enrichment;

import java.time.Month;
import java.util.Arrays;

/** Units sold per calendar month (January first) over the year before the run. */
public final class MonthlyUnits {
    private final int[] units;

    public MonthlyUnits(int[] twelve) {
        if (twelve.length != 12) {
            throw new IllegalArgumentException("a year has 12 months, not " + twelve.length);
        }
        this.units = twelve.clone();
    }

    public int units(Month month) {
        return units[month.ordinal()];
    }

    public int total() {
        return Arrays.stream(units).sum();
    }

    /** The first month of the {@code span} consecutive months (wrapping at December) that sold most; earliest wins ties. */
    public Month peakStart(int span) {
        int best = 0;
        int bestUnits = -1;
        for (int start = 0; start < 12; start++) {
            int sum = windowUnits(start, span);
            if (sum > bestUnits) {
                best = start;
                bestUnits = sum;
            }
        }
        return Month.of(best + 1);
    }

    /** The share of the year's units sold in the best {@code span} consecutive months; 0 for a year without sales. */
    public double peakShare(int span) {
        int total = total();
        return total == 0 ? 0 : (double) windowUnits(peakStart(span).ordinal(), span) / total;
    }

    public MonthlyUnits plus(MonthlyUnits other) {
        int[] sum = units.clone();
        for (int m = 0; m < 12; m++) {
            sum[m] += other.units[m];
        }
        return new MonthlyUnits(sum);
    }

    private int windowUnits(int start, int span) {
        int sum = 0;
        for (int k = 0; k < span; k++) {
            sum += units[(start + k) % 12];
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonthlyUnits other && Arrays.equals(units, other.units);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(units);
    }

    @Override
    public String toString() {
        return Arrays.toString(units);
    }
}
