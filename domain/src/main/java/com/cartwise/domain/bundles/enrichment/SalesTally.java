package com.cartwise.domain.bundles.enrichment;

import java.time.Instant;
import java.util.Arrays;

/**
 * Sales counters for keys 0..size-1 (variants, or products) in parallel arrays, filled in one
 * pass over the orders. An order counts once per key however many of its lines hit it.
 */
final class SalesTally {
    private static final long NEVER = Long.MAX_VALUE;
    private final int[] unitsInWindow;
    private final long[] units;
    private final int[] orders;
    private final int[] lines;
    private final int[] multiUnitLines;
    private final long[] firstSale;
    private final int[][] lastYear;
    private final int[] pricedLines;
    private final int[] discountedLines;
    private final double[] sumOfRates;
    private final double[] maxRate;
    private final int[] lastOrder;

    SalesTally(int size) {
        unitsInWindow = new int[size];
        units = new long[size];
        orders = new int[size];
        lines = new int[size];
        multiUnitLines = new int[size];
        firstSale = new long[size];
        Arrays.fill(firstSale, NEVER);
        lastYear = new int[size][12];
        pricedLines = new int[size];
        discountedLines = new int[size];
        sumOfRates = new double[size];
        maxRate = new double[size];
        lastOrder = new int[size];
        Arrays.fill(lastOrder, -1);
    }

    /**
     * @param month        the order's calendar month (0 = January) if it lies in the year before the run, else -1
     * @param discountRate the line's discount rate, negative when unknown
     * @param inWindow     whether the order lies in the velocity window
     */
    void add(int key, int order, long placedAtSecond, SaleLine line, double discountRate, boolean inWindow, int month) {
        units[key] += line.quantity();
        lines[key]++;
        if (line.quantity() >= 2) {
            multiUnitLines[key]++;
        }
        if (inWindow) {
            unitsInWindow[key] += line.quantity();
        }
        if (month >= 0) {
            lastYear[key][month] += line.quantity();
        }
        addDiscount(key, discountRate);
        if (lastOrder[key] != order) {
            lastOrder[key] = order;
            orders[key]++;
        }
        firstSale[key] = Math.min(firstSale[key], placedAtSecond);
    }

    /** Counts a line's discount rate; a negative rate (unknown) is not counted. */
    void addDiscount(int key, double rate) {
        if (rate < 0) {
            return;
        }
        pricedLines[key]++;
        if (rate > 0) {
            discountedLines[key]++;
            sumOfRates[key] += rate;
            maxRate[key] = Math.max(maxRate[key], rate);
        }
    }

    DiscountHistory discounts(int key) {
        return new DiscountHistory(pricedLines[key], discountedLines[key], sumOfRates[key], maxRate[key]);
    }

    Instant firstSale(int key) {
        return firstSale[key] == NEVER ? null : Instant.ofEpochSecond(firstSale[key]);
    }

    int unitsInWindow(int key) {
        return unitsInWindow[key];
    }

    SalesFigures figures(int key, double unitsPerDay) {
        return new SalesFigures(unitsInWindow[key], unitsPerDay, units[key], orders[key], lines[key], multiUnitLines[key],
                firstSale(key), new MonthlyUnits(lastYear[key]), discounts(key));
    }
}
