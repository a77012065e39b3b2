package com.cartwise.domain.bundles.enrichment;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the orders say about a variant or a product.
 *
 * @param unitsInWindow     units sold in the velocity window before the run
 * @param unitsPerDay       sales velocity: units in the window / days it could sell in the window
 * @param units             units sold over the whole history
 * @param orders            orders that contain it
 * @param lines             order lines of it
 * @param multiUnitLines    lines with a quantity of 2 or more
 * @param firstSale         the first order with it, or null if never sold
 * @param lastYear          units per calendar month over the 365 days before the run
 * @param discounts         observed discounts
 */
public record SalesFigures(int unitsInWindow, double unitsPerDay, long units, int orders, int lines, int multiUnitLines,
                           Instant firstSale, MonthlyUnits lastYear, DiscountHistory discounts) {
    public Optional<Instant> firstSaleIfAny() {
        return Optional.ofNullable(firstSale);
    }

    /** Whole days from the first sale to {@code asOf}; empty if never sold. */
    public OptionalLong daysSinceFirstSale(Instant asOf) {
        return firstSale == null ? OptionalLong.empty() : OptionalLong.of(Duration.between(firstSale, asOf).toDays());
    }

    /** The share of its lines bought two or more at a time: a sign that shoppers stock up on it. */
    public double multiUnitShare() {
        return lines == 0 ? 0 : (double) multiUnitLines / lines;
    }
}
