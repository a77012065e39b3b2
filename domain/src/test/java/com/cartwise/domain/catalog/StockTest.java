package com.cartwise.domain.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StockTest {

    @Test
    void aTrackedVariantWithUnitsLeftIsAvailable() {
        assertTrue(Stock.tracked(1).available());
    }

    @Test
    void aTrackedVariantWithNoneLeftIsNotAvailable() {
        assertFalse(Stock.tracked(0).available());
        // Shopify reports oversold stock as a negative quantity
        assertFalse(Stock.tracked(-3).available());
    }

    @Test
    void anUntrackedVariantIsAlwaysAvailable() {
        assertTrue(Stock.untracked().available());
        assertTrue(new Stock(false, -5, false).available());
    }

    @Test
    void aVariantThatSellsWhenOutOfStockIsAlwaysAvailable() {
        // inventory policy "continue"
        assertTrue(new Stock(true, 0, true).available());
        assertTrue(new Stock(true, -2, true).available());
    }
}
