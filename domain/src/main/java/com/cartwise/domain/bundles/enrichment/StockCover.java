package com.cartwise.domain.bundles.enrichment;

import com.cartwise.domain.catalog.Stock;

/**
 * How many days the stock on hand lasts at the current sales velocity. Division by a zero
 * velocity or by untracked stock has no number, so those cases are values of their own instead
 * of an infinity or NaN that would leak into scores.
 */
public sealed interface StockCover {
    /** On hand / units per day. */
    record Days(double days) implements StockCover {
        public Days {
            if (!(days >= 0) || Double.isInfinite(days)) {
                throw new IllegalArgumentException("days of cover are a finite non-negative number, but were " + days);
            }
        }
    }

    /** Stock on hand but no sales in the window: it would last forever at this pace. */
    record NotSelling(int onHand) implements StockCover {
    }

    /** Tracked, nothing on hand, may not be oversold. */
    record SoldOut() implements StockCover {
    }

    /** Not tracked, or sold without stock: there is no cover to speak of. */
    record Untracked() implements StockCover {
    }

    static StockCover of(Stock stock, double unitsPerDay) {
        return of(!stock.tracked() || stock.sellsWhenOutOfStock(), stock.quantity(), unitsPerDay);
    }

    /** @param unlimited whether the stock is untracked or may be oversold */
    static StockCover of(boolean unlimited, int onHand, double unitsPerDay) {
        if (unlimited) {
            return new Untracked();
        }
        if (onHand <= 0) {
            return new SoldOut();
        }
        return unitsPerDay > 0 ? new Days(onHand / unitsPerDay) : new NotSelling(onHand);
    }
}
