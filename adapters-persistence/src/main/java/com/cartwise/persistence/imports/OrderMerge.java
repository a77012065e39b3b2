package com.cartwise.persistence.imports;

import static com.cartwise.domain.imports.MergeCounts.CANCELLED_ORDERS;
import static com.cartwise.domain.imports.MergeCounts.ITEMS_ADDED;
import static com.cartwise.domain.imports.MergeCounts.ITEMS_WITHOUT_PRICE;
import static com.cartwise.domain.imports.MergeCounts.LINES;
import static com.cartwise.domain.imports.MergeCounts.ORDERS_ADDED;
import static com.cartwise.domain.imports.MergeCounts.ORDERS_REPLACED;
import static com.cartwise.domain.imports.MergeCounts.ORDERS_UNCHANGED;
import static com.cartwise.domain.imports.MergeCounts.REFUNDED_LINES;
import static com.cartwise.domain.imports.MergeCounts.RETURNED_LINES;
import static com.cartwise.domain.imports.MergeCounts.UNMATCHED_LINES;

import java.sql.SQLException;
import java.util.OptionalLong;

/**
 * Merges staged orders: an order whose name the shop has is replaced (its lines too) unless it is
 * unchanged ({@code OrderRecord.contentHash}); a replaced order and a new one get the shop's next
 * order numbers, replaced ones first. Lines are resolved to variants as they are written.
 */
final class OrderMerge {
    private static final String INSERT_LINES = "INSERT INTO order_lines (shop_id, order_id, line_number, name, sku,"
            + " shopify_variant_id, quantity, price, compare_at_price, discount, vendor, refunded, variant_id)"
            + " SELECT ?, %s, l.line_number, l.name, l.sku, l.shopify_variant_id, l.quantity, l.price,"
            + " l.compare_at_price, l.discount, l.vendor, l.refunded, ";

    private OrderMerge() {
    }

    static boolean stagedOrders(ShopSql sql) throws SQLException {
        return sql.exists("SELECT 1 FROM stage_orders");
    }

    /**
     * Basket data is the whole catalogue of a shop that has no other: an item code no variant has
     * becomes a product with one variant, keyed by the code (as SKU), named by the line's name,
     * priced by the last price above 0 the upload gives it: a line at 0 is an item given away in
     * that order (an online retailer's file has 540 such lines), not the item's price. Must run
     * before {@link LineResolution#prepare}.
     *
     * @return whether items were added
     */
    static boolean addItems(ShopSql sql, FileCounts counts, boolean anyLineCreatesVariant) throws SQLException {
        if (!anyLineCreatesVariant) {
            return false;
        }
        sql.update("""
                CREATE TEMPORARY TABLE merge_items AS
                SELECT l.sku, (array_agg(l.name ORDER BY l.order_seq, l.line_number) FILTER (WHERE l.name <> ''))[1] AS title,
                       (array_agg(l.price ORDER BY l.order_seq DESC, l.line_number DESC) FILTER (WHERE l.price > 0))[1]
                       AS price, min(l.file) AS file
                FROM stage_lines l
                WHERE l.creates_variant AND NOT EXISTS (SELECT 1 FROM variants v WHERE v.shop_id = ? AND v.sku = l.sku)
                GROUP BY l.sku""");
        // Untracked stock: the file says nothing of stock, and an item must stay offerable. A file
        // without prices (one basket per line) prices its items at 0, not given, and the report counts them.
        sql.update("""
                INSERT INTO products (shop_id, handle, title) SELECT ?, 'item:' || sku, coalesce(title, sku) FROM merge_items
                ON CONFLICT (shop_id, handle) DO NOTHING""");
        int added = sql.update("""
                INSERT INTO variants (shop_id, handle, option_values, sku, price, price_given, inventory_tracked,
                                      inventory_quantity, inventory_policy, line_name)
                SELECT ?, 'item:' || sku, '{}', sku, coalesce(price, 0), price IS NOT NULL, false, 0, 'deny', coalesce(title, sku)
                FROM merge_items ORDER BY sku""");
        sql.countsInto(counts, "SELECT file, count(*), count(*) FILTER (WHERE price IS NULL) FROM merge_items GROUP BY file",
                ITEMS_ADDED, ITEMS_WITHOUT_PRICE);
        return added > 0;
    }

    /**
     * What the merge did to the shop's orders.
     *
     * @param written orders added or replaced (0: the shop's orders are as they were)
     * @param addedAfter when orders were added, the number after which they are numbered (the highest the
     *                   shop had before, plus the orders replaced, which are numbered first)
     * @param numberedBefore the highest order number the shop had before: at least its number of orders
     */
    record Merged(long written, OptionalLong addedAfter, long numberedBefore) {
        static final Merged NONE = new Merged(0, OptionalLong.empty(), 0);

        boolean changed() {
            return written > 0;
        }
    }

    static Merged run(ShopSql sql, FileCounts counts, boolean anyLineUnkeyed) throws SQLException {
        long lastBefore = sql.number("SELECT coalesce(max(id), 0) FROM orders WHERE shop_id = ?");
        // Which reading of its dates each file meant was decided when the file had been read whole.
        // Every order written gets a number after the shop's last one, replaced orders first, then new
        // ones, each in upload order: so its lines go to the end of the lines' index, never between
        // the dead entries of the lines they replace (each such insert checked a dead line's heap row
        // for uniqueness; updating a million-line export's orders in place, with their four indexes,
        // and re-inserting their lines under the same keys was 18 of a 25 s import).
        boolean inUploadOrder = numberedInUploadOrder(sql, lastBefore);
        String orderNumber = inUploadOrder
                ? lastBefore + " + s.seq"
                : """
                  CASE WHEN coalesce(o.content_hash = s.content_hash, false) THEN o.id
                       ELSE %d + count(*) FILTER (WHERE NOT coalesce(o.content_hash = s.content_hash, false))
                                 OVER (ORDER BY o.id IS NULL, s.seq) END""".formatted(lastBefore);
        sql.update("""
                CREATE TEMPORARY TABLE merge_orders AS
                SELECT s.seq, s.file, s.name, o.id AS existing_id, s.content_hash,
                       coalesce(o.content_hash = s.content_hash, false) AS unchanged,
                       %s AS order_id,
                       CASE WHEN f.month_first THEN s.created_month_first ELSE s.created_day_first END AS created_at,
                       CASE WHEN f.month_first THEN s.cancelled_month_first ELSE s.cancelled_day_first END AS cancelled_at,
                       s.currency, s.financial_status, s.refunded_amount, s.discount_code, s.discount_amount, s.sales_channel,
                       s.customer, coalesce(s.shopify_order_id, o.shopify_order_id) AS shopify_order_id
                FROM stage_orders s
                LEFT JOIN stage_files f ON f.file = s.file
                LEFT JOIN orders o ON o.shop_id = ? AND o.name = s.name""".formatted(orderNumber));
        sql.update("ANALYZE merge_orders");
        sql.update("""
                DELETE FROM order_lines l USING merge_orders m
                WHERE l.shop_id = ? AND m.existing_id IS NOT NULL AND NOT m.unchanged AND l.order_id = m.existing_id""");
        long replaced = sql.update("""
                DELETE FROM orders o USING merge_orders m
                WHERE o.shop_id = ? AND m.existing_id IS NOT NULL AND NOT m.unchanged AND o.id = m.existing_id""");
        long written = sql.update("""
                INSERT INTO orders (shop_id, id, name, created_at, currency, cancelled_at, financial_status, refunded_amount,
                                    discount_code, discount_amount, sales_channel, customer, content_hash, shopify_order_id)
                SELECT ?, order_id, name, created_at, currency, cancelled_at, financial_status, refunded_amount, discount_code,
                       discount_amount, sales_channel, customer, content_hash, shopify_order_id
                FROM merge_orders WHERE NOT unchanged ORDER BY order_id""");
        sql.countsInto(counts, """
                SELECT file, count(*) FILTER (WHERE existing_id IS NULL),
                       count(*) FILTER (WHERE existing_id IS NOT NULL AND NOT unchanged), count(*) FILTER (WHERE unchanged),
                       count(*) FILTER (WHERE cancelled_at IS NOT NULL)
                FROM merge_orders GROUP BY file""", ORDERS_ADDED, ORDERS_REPLACED, ORDERS_UNCHANGED, CANCELLED_ORDERS);
        // Lines are written in order-number order, so the lines' index only ever grows at its end.
        String orderId = inUploadOrder ? lastBefore + " + l.order_seq" : "m.order_id";
        String ofOrdersWritten = inUploadOrder ? "" : " JOIN merge_orders m ON m.seq = l.order_seq AND NOT m.unchanged";
        String keyed = anyLineUnkeyed ? " WHERE l.line_key <> " + LineKeys.UNNUMBERED : "";
        sql.update(INSERT_LINES.formatted(orderId) + "k.variant_id FROM stage_lines l" + ofOrdersWritten
                + " LEFT JOIN merge_line_keys k ON k.line_key = l.line_key" + keyed);
        // Counted from the stage, not from what the insert returns: a million returned rows were a second's
        // work. Every keyed line's key has its row in merge_line_keys (the spooler writes a key as it first
        // gives it), so a line is unmatched when its key resolved to nothing; probing the few such keys
        // instead of joining every key took a third off this count (0.34 to 0.21 s for a million lines).
        sql.countsInto(counts, """
                SELECT l.file, count(*), count(*) FILTER (WHERE l.quantity < 0), count(*) FILTER (WHERE l.refunded),
                       count(*) FILTER (WHERE l.line_key IN (SELECT line_key FROM merge_line_keys WHERE variant_id IS NULL))
                FROM stage_lines l GROUP BY l.file""",
                LINES, RETURNED_LINES, REFUNDED_LINES, UNMATCHED_LINES);
        if (anyLineUnkeyed) {
            String unkeyed = " WHERE l.line_key = " + LineKeys.UNNUMBERED;
            sql.update(INSERT_LINES.formatted("m.order_id") + LineResolution.VARIANT
                    + " FROM stage_lines l JOIN merge_orders m ON m.seq = l.order_seq"
                    + LineResolution.JOINS + unkeyed + " AND NOT m.unchanged");
            sql.countInto(counts, UNMATCHED_LINES, "SELECT l.file, count(*) FROM stage_lines l" + LineResolution.JOINS + unkeyed
                    + " AND " + LineResolution.VARIANT + " IS NULL GROUP BY l.file");
        }
        boolean added = sql.exists("SELECT 1 FROM merge_orders WHERE existing_id IS NULL");
        return new Merged(written, added ? OptionalLong.of(lastBefore + replaced) : OptionalLong.empty(), lastBefore);
    }

    /**
     * Whether each order written is numbered by its place in the upload, after the shop's last
     * number: every staged order is new, the upload numbered them 1, 2, 3 ... without a gap (none
     * refused or folded into another), and every staged line belongs to one of them. Then no sort
     * numbers the orders, and a line's order number follows from its order's place, so the lines
     * need no join to find it: 0.25 s and 0.4 s of a million-line import's merge (EXPLAIN ANALYZE,
     * docs/BENCHMARKS.md), on the commonest imports, a shop's history and its new orders.
     */
    private static boolean numberedInUploadOrder(ShopSql sql, long lastBefore) throws SQLException {
        return sql.exists("""
                SELECT 1
                FROM (SELECT count(*) AS orders, min(seq) AS first, max(seq) AS last FROM stage_orders) o,
                     (SELECT min(order_seq) AS first, max(order_seq) AS last FROM stage_lines) l
                WHERE o.first = 1 AND o.last = o.orders AND l.first >= 1 AND l.last <= o.orders""")
                && (lastBefore == 0 || !sql.exists("SELECT 1 FROM stage_orders s JOIN orders o ON o.shop_id = ? AND o.name = s.name"));
    }
}
