package com.cartwise.domain.analytics.experiment;

import java.util.Optional;

/**
 * 95% confidence intervals on what the treatment arm (Cartwise's recommendations) gained over the
 * control arm, as absolute differences: in acceptance rate (two proportions) and in mean order
 * value (two means of unequal variance).
 */
public final class Lift {
    /** The standard normal's 97.5% quantile: a two-sided 95% interval. */
    static final double Z = 1.959963984540054;

    private Lift() {
    }

    /**
     * Newcombe's hybrid score interval for p1 - p2 (Newcombe 1998, "Interval estimation for the
     * difference between independent proportions", method 10), built from each arm's Wilson score
     * interval: unlike the Wald interval it stays inside [-1, 1] and behaves for rates near 0 or 1
     * and small arms, which a young experiment has. Empty when an arm has nothing shown.
     */
    public static Optional<Interval> ofProportions(long accepted1, long shown1, long accepted2, long shown2) {
        if (shown1 == 0 || shown2 == 0) {
            return Optional.empty();
        }
        double p1 = (double) accepted1 / shown1;
        double p2 = (double) accepted2 / shown2;
        double[] w1 = wilson(accepted1, shown1);
        double[] w2 = wilson(accepted2, shown2);
        double d = p1 - p2;
        double lower = d - Math.sqrt(square(p1 - w1[0]) + square(w2[1] - p2));
        double upper = d + Math.sqrt(square(w1[1] - p1) + square(p2 - w2[0]));
        return Optional.of(new Interval(d, lower, upper));
    }

    /** Wilson's score interval for x successes in n trials: {lower, upper}. */
    static double[] wilson(long x, long n) {
        double p = (double) x / n;
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return new double[] {centre - half, centre + half};
    }

    /**
     * Welch's interval for mean1 - mean2 with unequal variances, its degrees of freedom by the
     * Welch-Satterthwaite equation and the t quantile computed exactly ({@link StudentT}). Empty
     * when an arm has fewer than two orders, or both arms' values are all equal (no spread).
     */
    public static Optional<Interval> ofMeans(Sample treatment, Sample control) {
        if (treatment.count() < 2 || control.count() < 2) {
            return Optional.empty();
        }
        double v1 = treatment.variance() / treatment.count();
        double v2 = control.variance() / control.count();
        double se = Math.sqrt(v1 + v2);
        if (se == 0) {
            return Optional.empty();
        }
        double df = square(v1 + v2) / (square(v1) / (treatment.count() - 1) + square(v2) / (control.count() - 1));
        double t = StudentT.quantile975(df);
        double d = treatment.mean() - control.mean();
        return Optional.of(new Interval(d, d - t * se, d + t * se));
    }

    private static double square(double x) {
        return x * x;
    }

    /**
     * A sample summarised by its count, sum and sum of squares, as SQL aggregates it; the
     * variance is the unbiased one (n - 1).
     */
    public record Sample(long count, double sum, double sumOfSquares) {
        public double mean() {
            return sum / count;
        }

        public double variance() {
            return Math.max(0, (sumOfSquares - sum * sum / count) / (count - 1));
        }
    }
}
