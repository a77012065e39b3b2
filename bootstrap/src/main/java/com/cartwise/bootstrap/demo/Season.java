package com.cartwise.bootstrap.demo;

import java.time.Month;

/**
 * When a category sells. An Alpine shop lives on two seasons, so its baskets shift from skis to
 * tents through the year; the bundle generator's seasonal objective needs that shape to find.
 */
enum Season {
    WINTER(new double[] {1.0, 1.0, 0.7, 0.3, 0.08, 0.08, 0.08, 0.08, 0.08, 0.3, 0.7, 1.0}),
    SUMMER(new double[] {0.1, 0.1, 0.1, 0.35, 0.7, 1.0, 1.0, 1.0, 0.7, 0.35, 0.1, 0.1}),
    ALL_YEAR(new double[] {1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0});

    private final double[] byMonth;

    Season(double[] byMonth) {
        this.byMonth = byMonth;
    }

    /** How much of its peak demand the season has in this month, 0 to 1. */
    double weight(Month month) {
        return byMonth[month.ordinal()];
    }
}
