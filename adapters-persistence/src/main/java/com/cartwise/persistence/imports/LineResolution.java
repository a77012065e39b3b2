package com.cartwise.persistence.imports;

import java.sql.SQLException;

/**
 * The one home, in SQL, of the rule that decides which catalogue variant an order line is (the
 * domain's {@code LineResolution} states it for the in-memory store): the variant with the line's
 * Shopify variant id, else the one variant with the line's SKU, else the one variant whose line
 * name is the line's name; none when each of those finds no variant or several.
 *
 * <p>{@link #prepare} builds the three look-ups from the catalogue as it is now, inside the merge,
 * after the upload's catalogue rows are in; {@link #VARIANT} then resolves any line aliased
 * {@code l} joined with {@link #JOINS}. {@link #resolveLineKeys} applies it once per line key of
 * the upload ({@link LineKeys}).
 */
final class LineResolution {
    static final String JOINS = " LEFT JOIN resolve_by_shopify_id r1 ON r1.shopify_variant_id = l.shopify_variant_id"
            + " LEFT JOIN resolve_by_sku r2 ON r2.sku = l.sku"
            + " LEFT JOIN resolve_by_name r3 ON r3.line_name = l.name ";
    static final String VARIANT = "coalesce(r1.variant_id, r2.variant_id, r3.variant_id)";

    private LineResolution() {
    }

    /** Which lines the look-ups {@link #prepare} builds must resolve. */
    enum Scope {
        /** Every stored line of the shop as well as the upload's: the catalogue's keys changed. */
        STORED_LINES,
        /**
         * The upload's lines only: the look-ups hold just the keys those lines give. Built from the
         * whole catalogue, they took about 0.125 s of every import into a 50,000-variant shop, a
         * one-order import too (docs/BENCHMARKS.md).
         */
        UPLOADED_LINES
    }

    static void prepare(ShopSql sql, Scope scope) throws SQLException {
        // A key's look-up row only depends on the variants having that key, so restricting the
        // variants to the upload's keys (every variant with such a key still counted) changes nothing.
        String byShopifyId = "";
        String bySku = "";
        String byName = "";
        if (scope == Scope.UPLOADED_LINES) {
            sql.update("CREATE TEMPORARY TABLE upload_line_names AS SELECT shopify_variant_id, sku, name FROM stage_line_keys"
                    + " UNION ALL SELECT shopify_variant_id, sku, name FROM stage_lines WHERE line_key = " + LineKeys.UNNUMBERED);
            sql.update("ANALYZE upload_line_names");
            byShopifyId = " AND shopify_variant_id IN (SELECT shopify_variant_id FROM upload_line_names)";
            bySku = " AND sku IN (SELECT sku FROM upload_line_names)";
            byName = " AND line_name IN (SELECT name FROM upload_line_names)";
        }
        sql.update("""
                CREATE TEMPORARY TABLE resolve_by_shopify_id AS
                SELECT shopify_variant_id, id AS variant_id FROM variants WHERE shop_id = ? AND shopify_variant_id IS NOT NULL"""
                + byShopifyId);
        sql.update("""
                CREATE TEMPORARY TABLE resolve_by_sku AS
                SELECT sku, min(id) AS variant_id FROM variants WHERE shop_id = ? AND sku <> ''"""
                + bySku + " GROUP BY sku HAVING count(*) = 1");
        sql.update("""
                CREATE TEMPORARY TABLE resolve_by_name AS
                SELECT line_name, min(id) AS variant_id FROM variants WHERE shop_id = ?"""
                + byName + " GROUP BY line_name HAVING count(*) = 1");
        sql.update("ANALYZE resolve_by_shopify_id");
        sql.update("ANALYZE resolve_by_sku");
        sql.update("ANALYZE resolve_by_name");
    }

    /** {@code merge_line_keys}: the variant of each line key the upload staged, null where none is decided. */
    static void resolveLineKeys(ShopSql sql) throws SQLException {
        sql.update("CREATE TEMPORARY TABLE merge_line_keys AS SELECT l.line_key, " + VARIANT + " AS variant_id FROM stage_line_keys l"
                + JOINS);
        sql.update("ANALYZE merge_line_keys");
    }

    /**
     * Resolves again every stored line of the shop whose variant the catalogue as it is now
     * decides differently: a new variant may match lines nothing matched, a second variant with a
     * SKU makes that SKU name none. Only changed lines are written.
     */
    static void reresolveStoredLines(ShopSql sql) throws SQLException {
        sql.update("UPDATE order_lines target SET variant_id = r.variant_id FROM (SELECT l.ctid AS row_id, " + VARIANT
                + " AS variant_id FROM order_lines l" + JOINS + " WHERE l.shop_id = ? AND l.variant_id IS DISTINCT FROM " + VARIANT
                + ") r WHERE target.ctid = r.row_id");
    }
}
