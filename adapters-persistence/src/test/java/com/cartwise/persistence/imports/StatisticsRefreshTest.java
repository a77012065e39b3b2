package com.cartwise.persistence.imports;

import static com.cartwise.persistence.testing.Fixtures.line;
import static com.cartwise.persistence.testing.Fixtures.newShop;
import static com.cartwise.persistence.testing.Fixtures.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.orders.Order;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.PooledConnections;
import com.cartwise.persistence.testing.PostgresPorts;
import com.cartwise.persistence.testing.Staged;
import com.cartwise.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** An import analyzes the orders at once when it changed enough of the shop's own orders to move their plans. */
class StatisticsRefreshTest {
    private static final PostgresPorts POSTGRES = PostgresPorts.shared();

    @Test
    void ordersAreDueFromFiftyPlusATenthOfTheShopsOrders() {
        assertFalse(StatisticsRefresh.ordersDue(0, 0), "nothing written");
        assertFalse(StatisticsRefresh.ordersDue(49, 0));
        assertTrue(StatisticsRefresh.ordersDue(50, 0), "a shop's first fifty orders");
        assertFalse(StatisticsRefresh.ordersDue(149, 1_000));
        assertTrue(StatisticsRefresh.ordersDue(150, 1_000));
        assertFalse(StatisticsRefresh.ordersDue(1, 1_000_000), "one order into a million");
        assertTrue(StatisticsRefresh.ordersDue(100_050, 1_000_000));
    }

    @Test
    void theCatalogueIsAnalyzedWheneverItChangedAndTheOrdersWhenDue() {
        assertEquals(List.of(), StatisticsRefresh.tables(false, 1, 1_000));
        assertEquals(List.of("variants", "products"), StatisticsRefresh.tables(true, 0, 0));
        assertEquals(List.of("orders", "order_lines"), StatisticsRefresh.tables(false, 9_835, 0));
        assertEquals(List.of("variants", "products", "orders", "order_lines"), StatisticsRefresh.tables(true, 200, 1_000));
    }

    @Test
    void aShopsFirstOrdersAreAnalyzedAtOnceAndOneMoreOrderIsLeftToAutovacuum() throws SQLException {
        ShopId shop = newShop(POSTGRES.shops(), "EUR");
        long before = analyzedOrders();

        Staged.orders(POSTGRES, shop, orders(1, 60).iterator());

        // Small enough for ANALYZE to read every row: its count is exact.
        assertEquals(before + 60, statisticsCount(), "the shop's first 60 orders analyzed");

        Staged.orders(POSTGRES, shop, orders(61, 61).iterator());

        assertEquals(before + 60, statisticsCount(), "not analyzed again for one order more");
    }

    private static List<Order> orders(int first, int last) {
        return IntStream.rangeClosed(first, last).mapToObj(i -> order("#" + i, "2024-03-04T10:00:00Z", line("Wax", "WAX"))).toList();
    }

    /** Analyzes the orders now, so that their statistics count what is there, and answers that count. */
    private static long analyzedOrders() throws SQLException {
        try (Connection connection = connections().open(); Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE orders");
        }
        return statisticsCount();
    }

    private static long statisticsCount() throws SQLException {
        try (Connection connection = connections().open(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT reltuples::bigint FROM pg_class WHERE oid = 'orders'::regclass")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static PooledConnections connections() {
        return TestDatabase.context().getBean(PooledConnections.class);
    }
}
