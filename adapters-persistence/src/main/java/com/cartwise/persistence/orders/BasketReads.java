package com.cartwise.persistence.orders;

import static com.cartwise.persistence.SqlValues.instant;
import static com.cartwise.persistence.SqlValues.nullableLong;

import com.cartwise.domain.orders.BasketHistory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A shop's orders as baskets, in one streamed query that resolves every line to a variant in the
 * database: by Shopify variant id, else by a SKU exactly one variant has, else by a line name
 * exactly one variant has. The catalogue never travels to Java.
 */
final class BasketReads {
    /** Rows per round trip: PostgreSQL streams them through a cursor inside the transaction. */
    static final int FETCH_SIZE = 1000;

    // The order name sorts with the "C" collation (code point order), as the in-memory reference
    // does: a locale collation may skip the '#' of "#1001" and order ties differently per server.
    private static final String LINES = """
            WITH sku_once AS (
                SELECT sku, min(id) AS variant_id FROM variants
                WHERE shop_id = ? AND sku <> ''
                GROUP BY sku HAVING count(*) = 1
            ), line_name_once AS (
                SELECT line_name, min(id) AS variant_id FROM variants
                WHERE shop_id = ?
                GROUP BY line_name HAVING count(*) = 1
            )
            SELECT o.name, o.created_at, coalesce(by_id.id, by_sku.variant_id, by_name.variant_id) AS variant_id
            FROM orders o
            JOIN order_lines l ON l.shop_id = o.shop_id AND l.order_name = o.name
            LEFT JOIN variants by_id ON by_id.shop_id = l.shop_id AND by_id.shopify_variant_id = l.shopify_variant_id
            LEFT JOIN sku_once by_sku ON by_sku.sku = l.sku
            LEFT JOIN line_name_once by_name ON by_name.line_name = l.name
            WHERE o.shop_id = ?
            ORDER BY o.created_at, o.name COLLATE "C", l.line_number""";

    private BasketReads() {
    }

    static BasketHistory all(Connection connection, String shop) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(LINES)) {
            query.setFetchSize(FETCH_SIZE);
            query.setString(1, shop);
            query.setString(2, shop);
            query.setString(3, shop);
            BasketCollector baskets = new BasketCollector();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    baskets.line(row.getString("name"), instant(row, "created_at"), nullableLong(row, "variant_id"));
                }
            }
            return baskets.finish();
        }
    }
}
