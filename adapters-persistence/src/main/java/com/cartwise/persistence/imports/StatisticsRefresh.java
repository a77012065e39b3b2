package com.cartwise.persistence.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Which shop tables an import's merge changed enough to analyze as soon as it is committed, so
 * that the next read of the shop does not plan its new rows as if they were a few. ANALYZE
 * samples a whole table whatever the import's size: after every import it took 0.23 s of a
 * one-order import into the million-order shop (orders and order_lines, warm cache), within the
 * second in which the served model is to learn the order, and more with many shops in the tables.
 *
 * <p>Orders: autovacuum's rule (its default threshold and scale factor) applied to the shop's own
 * orders, not to the table: every read filters by shop, and a shop's first ten thousand orders
 * in a table of a million are a small share of the table that the planner must know of (skipping
 * those made a test's imports of such a shop several times slower). Smaller changes are left to
 * autovacuum. The catalogue, when it changed: its tables are a shop's tens of thousands of rows at
 * most, and a stock or price change there is rare next to orders arriving.
 */
final class StatisticsRefresh {
    static final long BASE_ROWS = 50;
    static final double SHARE = 0.1;

    private StatisticsRefresh() {
    }

    /**
     * @param catalogueChanged whether variants, products or stock changed
     * @param ordersWritten orders the merge added or replaced
     * @param shopOrdersBefore the shop's orders before it, at most (its highest order number)
     */
    static List<String> tables(boolean catalogueChanged, long ordersWritten, long shopOrdersBefore) {
        List<String> tables = new ArrayList<>();
        if (catalogueChanged) {
            tables.add("variants");
            tables.add("products");
        }
        if (ordersDue(ordersWritten, shopOrdersBefore)) {
            tables.add("orders");
            tables.add("order_lines");
        }
        return tables;
    }

    static boolean ordersDue(long written, long before) {
        return written > 0 && written >= BASE_ROWS + SHARE * before;
    }
}
