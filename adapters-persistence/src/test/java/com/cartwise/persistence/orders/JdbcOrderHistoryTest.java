package com.cartwise.persistence.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.orders.BasketHistory;
import com.cartwise.persistence.testing.PostgresPorts;
import com.cartwise.persistence.testing.Ports;
import org.junit.jupiter.api.Test;

/** PostgreSQL's order history, held to the contract; all-or-nothing imports are in {@code JdbcTransactionsTest}. */
class JdbcOrderHistoryTest extends OrderHistoryContract {
    @Override
    protected Ports ports() {
        return PostgresPorts.shared();
    }

    @Test
    void aRehearsalReadsMadeUpOrdersOfTenLinesEachAsAShopsAreRead() {
        BasketHistory read = ports().orderHistory().rehearse(250);

        assertEquals(250, read.orders());
        assertEquals(2_500, read.lines());
        // lines 999 and 1,999 (counted from 0) resolve to no variant
        assertEquals(2, read.unresolvedLines());
        assertEquals(250, read.baskets().size());
        assertEquals(10, read.baskets().get(0).size());
        assertEquals(9, read.baskets().get(99).size());
    }
}
