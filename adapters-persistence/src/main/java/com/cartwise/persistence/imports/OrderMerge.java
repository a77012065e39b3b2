package com.cartwise.persistence.imports;

import static com.cartwise.domain.imports.MergeCounts.CANCELLED_ORDERS;
import static com.cartwise.domain.imports.MergeCounts.ITEMS_ADDED;
import static com.cartwise.domain.imports.MergeCounts.ITEMS_WITHOUT_PRICE;
import static com.cartwise.domain.imports.MergeCounts.LINES;
import static com.cartwise.domain.imports.MergeCounts.ORDERS_ADDED;
import static com.cartwise.domain.imports.MergeCounts.ORDERS_REPLACED;
import static com.cartwise.domain.imports.MergeCounts.REFUNDED_LINES;
import static com.cartwise.domain.imports.MergeCounts.RETURNED_LINES;
import static com.cartwise.domain.imports.MergeCounts.UNMATCHED_LINES;

import java.sql.SQLException;

/**
 * Merges staged orders: an order whose name the shop has is replaced (its lines too), a new one
 * gets the shop's next order number. Lines are resolved to variants as they are written.
 */
final class OrderMerge {
    private OrderMerge() {
    }

    static boolean stagedOrders(ShopSql sql) throws SQLException {
        return sql.exists("SELECT 1 FROM stage_orders");
    }

    /**
     * Basket data is the whole catalogue of a shop that has no other: an item code no variant has
     * becomes a product with one variant, keyed by the code (as SKU), named by the line's name,
     * priced by the last price the upload gives it. Must run before {@link LineResolution#prepare}.
     *
     * @return whether items were added
     */
    static boolean addItems(ShopSql sql, FileCounts counts) throws SQLException {
        if (!sql.exists("SELECT 1 FROM stage_lines WHERE creates_variant")) {
            return false;
        }
        sql.update("""
                CREATE TEMPORARY TABLE merge_items AS
                SELECT l.sku, (array_agg(l.name ORDER BY l.order_seq, l.line_number) FILTER (WHERE l.name <> ''))[1] AS title,
                       (array_agg(l.price ORDER BY l.order_seq DESC, l.line_number DESC) FILTER (WHERE l.price IS NOT NULL))[1]
                       AS price, min(l.file) AS file
                FROM stage_lines l
                WHERE l.creates_variant AND NOT EXISTS (SELECT 1 FROM variants v WHERE v.shop_id = ? AND v.sku = l.sku)
                GROUP BY l.sku""");
        // Untracked stock: the file says nothing of stock, and an item must stay offerable. A file
        // without prices (one basket per line) prices its items at 0, and the report counts them.
        sql.update("""
                INSERT INTO products (shop_id, handle, title) SELECT ?, 'item:' || sku, coalesce(title, sku) FROM merge_items
                ON CONFLICT (shop_id, handle) DO NOTHING""");
        int added = sql.update("""
                INSERT INTO variants (shop_id, handle, option_values, sku, price, inventory_tracked, inventory_quantity,
                                      inventory_policy, line_name)
                SELECT ?, 'item:' || sku, '{}', sku, coalesce(price, 0), false, 0, 'deny', coalesce(title, sku) FROM merge_items ORDER BY sku""");
        sql.countsInto(counts, "SELECT file, count(*), count(*) FILTER (WHERE price IS NULL) FROM merge_items GROUP BY file",
                ITEMS_ADDED, ITEMS_WITHOUT_PRICE);
        return added > 0;
    }

    static void run(ShopSql sql, FileCounts counts) throws SQLException {
        // Which reading of its dates each file meant was decided when the file had been read whole.
        sql.update("""
                CREATE TEMPORARY TABLE merge_orders AS
                SELECT s.seq, s.file, s.name, o.id AS existing_id,
                       coalesce(o.id, (SELECT coalesce(max(id), 0) FROM orders WHERE shop_id = ?)
                                      + count(*) FILTER (WHERE o.id IS NULL) OVER (ORDER BY s.seq)) AS order_id,
                       CASE WHEN f.month_first THEN s.created_month_first ELSE s.created_day_first END AS created_at,
                       CASE WHEN f.month_first THEN s.cancelled_month_first ELSE s.cancelled_day_first END AS cancelled_at,
                       s.currency, s.financial_status, s.refunded_amount, s.discount_code, s.discount_amount, s.sales_channel,
                       s.customer, s.shopify_order_id
                FROM stage_orders s
                LEFT JOIN stage_files f ON f.file = s.file
                LEFT JOIN orders o ON o.shop_id = ? AND o.name = s.name""");
        sql.update("ANALYZE merge_orders");
        sql.update("""
                DELETE FROM order_lines l USING merge_orders m
                WHERE l.shop_id = ? AND m.existing_id IS NOT NULL AND l.order_id = m.existing_id""");
        sql.update("""
                UPDATE orders o SET created_at = m.created_at, currency = m.currency, cancelled_at = m.cancelled_at,
                    financial_status = m.financial_status, refunded_amount = m.refunded_amount, discount_code = m.discount_code,
                    discount_amount = m.discount_amount, sales_channel = m.sales_channel, customer = m.customer,
                    shopify_order_id = coalesce(m.shopify_order_id, o.shopify_order_id)
                FROM merge_orders m WHERE o.shop_id = ? AND m.existing_id IS NOT NULL AND o.id = m.existing_id""");
        sql.update("""
                INSERT INTO orders (shop_id, id, name, created_at, currency, cancelled_at, financial_status, refunded_amount,
                                    discount_code, discount_amount, sales_channel, customer, shopify_order_id)
                SELECT ?, order_id, name, created_at, currency, cancelled_at, financial_status, refunded_amount, discount_code,
                       discount_amount, sales_channel, customer, shopify_order_id
                FROM merge_orders WHERE existing_id IS NULL ORDER BY order_id""");
        sql.countsInto(counts, """
                SELECT file, count(*) FILTER (WHERE existing_id IS NULL), count(*) FILTER (WHERE existing_id IS NOT NULL),
                       count(*) FILTER (WHERE cancelled_at IS NOT NULL)
                FROM merge_orders GROUP BY file""", ORDERS_ADDED, ORDERS_REPLACED, CANCELLED_ORDERS);
        // Lines are written in order-number order, so the lines' index only ever grows at its end.
        sql.countsInto(counts, "WITH written AS ("
                + " INSERT INTO order_lines (shop_id, order_id, line_number, name, sku, shopify_variant_id, quantity, price,"
                + " compare_at_price, discount, vendor, refunded, variant_id)"
                + " SELECT ?, m.order_id, l.line_number, l.name, l.sku, l.shopify_variant_id, l.quantity, l.price,"
                + " l.compare_at_price, l.discount, l.vendor, l.refunded, " + LineResolution.VARIANT
                + " FROM stage_lines l JOIN merge_orders m ON m.seq = l.order_seq" + LineResolution.JOINS
                + " RETURNING order_id, variant_id, quantity, refunded)"
                + " SELECT m.file, count(*), count(*) FILTER (WHERE w.quantity < 0), count(*) FILTER (WHERE w.refunded),"
                + " count(*) FILTER (WHERE w.variant_id IS NULL) FROM written w JOIN merge_orders m ON m.order_id = w.order_id"
                + " GROUP BY m.file", LINES, RETURNED_LINES, REFUNDED_LINES, UNMATCHED_LINES);
    }
}
