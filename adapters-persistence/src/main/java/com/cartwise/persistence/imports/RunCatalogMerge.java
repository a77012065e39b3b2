package com.cartwise.persistence.imports;

import static com.cartwise.domain.imports.MergeCounts.PRODUCTS_ADDED;
import static com.cartwise.domain.imports.MergeCounts.PRODUCTS_UPDATED;
import static com.cartwise.domain.imports.MergeCounts.VARIANTS_ADDED;
import static com.cartwise.domain.imports.MergeCounts.VARIANTS_UPDATED;

import java.sql.SQLException;

/**
 * Merges the reference generator's catalog_joined.csv and variants.csv. Products are found by
 * their Shopify product id, else by handle; variants by their Shopify variant id, else by handle
 * and options. So a variant first imported from a Shopify export and then from these files (or
 * the Admin API) stays the same Cartwise variant.
 */
final class RunCatalogMerge {
    /**
     * Variant.lineNameOf in SQL: "Product - Variant", or the product's title alone for its default
     * variant. Exactly Java's name, since the staged option values (RunVariantRow.optionValues) hold
     * no blank value for Variant.titleOf to leave out; the product's title comes from another file,
     * so the name cannot be made as the rows are staged.
     */
    private static final String LINE_NAME = """
            CASE WHEN array_to_string(m.option_values, ' / ') IN ('', 'Default Title') THEN m.product_title
                 ELSE m.product_title || ' - ' || array_to_string(m.option_values, ' / ') END""";

    private RunCatalogMerge() {
    }

    static boolean run(ShopSql sql, FileCounts counts) throws SQLException {
        boolean keysChanged = false;
        if (sql.exists("SELECT 1 FROM stage_run_products")) {
            sql.update("UPDATE stage_run_products SET handle = 'product-' || product_id WHERE coalesce(handle, '') = ''");
            sql.countsInto(counts, """
                    WITH src AS (
                        SELECT r.*, coalesce(p.handle, r.handle) AS merged_handle,
                               CASE WHEN f.month_first THEN r.created_month_first ELSE r.created_day_first END AS source_created_at
                        FROM stage_run_products r LEFT JOIN stage_files f ON f.file = r.file
                        LEFT JOIN products p ON p.shop_id = ? AND p.shopify_product_id = r.product_id),
                    merged AS (
                        INSERT INTO products (shop_id, handle, title, vendor, product_type, tags, status, category, collections,
                                              source_created_at, shopify_product_id)
                        SELECT ?, merged_handle, title, vendor, product_type, tags, status, category, collections,
                               source_created_at, product_id FROM src
                        ON CONFLICT (shop_id, handle) DO UPDATE SET title = excluded.title, vendor = excluded.vendor,
                            product_type = excluded.product_type, tags = excluded.tags, status = excluded.status,
                            category = excluded.category, collections = excluded.collections,
                            source_created_at = coalesce(excluded.source_created_at, products.source_created_at),
                            shopify_product_id = excluded.shopify_product_id
                        RETURNING handle, (xmax = 0) AS added)
                    SELECT src.file, count(*) FILTER (WHERE merged.added), count(*) FILTER (WHERE NOT merged.added)
                    FROM merged JOIN src ON src.merged_handle = merged.handle GROUP BY src.file""",
                    PRODUCTS_ADDED, PRODUCTS_UPDATED);
        }
        if (sql.exists("SELECT 1 FROM stage_run_variants")) {
            sql.update("CREATE TEMPORARY TABLE merge_run_variants AS SELECT r.*, p.handle, p.title AS product_title, v.id AS target"
                    + " FROM stage_run_variants r JOIN products p ON p.shop_id = ? AND p.shopify_product_id = r.product_id"
                    + " LEFT JOIN variants v ON v.shop_id = ? AND v.shopify_variant_id = r.variant_id");
            sql.update("""
                    UPDATE merge_run_variants m SET target = v.id FROM variants v
                    WHERE m.target IS NULL AND v.shop_id = ? AND v.handle = m.handle AND v.option_values = m.option_values""");
            keysChanged = sql.exists("SELECT 1 FROM merge_run_variants m LEFT JOIN variants v ON v.shop_id = ? AND v.id = m.target"
                    + " WHERE m.target IS NULL OR v.sku <> m.sku OR v.shopify_variant_id IS DISTINCT FROM m.variant_id"
                    + " OR v.line_name <> " + LINE_NAME);
            sql.update("""
                    UPDATE variants v SET shopify_variant_id = NULL FROM merge_run_variants m
                    WHERE v.shop_id = ? AND v.shopify_variant_id = m.variant_id AND v.id IS DISTINCT FROM m.target""");
            sql.update("UPDATE variants v SET handle = m.handle, option_values = m.option_values, sku = m.sku,"
                    + " shopify_variant_id = m.variant_id, price = m.price, price_given = true, compare_at_price = m.compare_at_price,"
                    + " cost = coalesce(m.cost, v.cost), inventory_item_id = coalesce(m.inventory_item_id, v.inventory_item_id),"
                    + " line_name = " + LINE_NAME + " FROM merge_run_variants m WHERE v.shop_id = ? AND v.id = m.target");
            // Stock is unknown until inventory_levels.csv gives it: untracked, so the variant stays offerable.
            sql.update("INSERT INTO variants (shop_id, handle, option_values, sku, barcode, shopify_variant_id, price,"
                    + " inventory_tracked, inventory_quantity, inventory_policy, compare_at_price, cost, inventory_item_id, line_name)"
                    + " SELECT ?, m.handle, m.option_values, m.sku, '', m.variant_id, m.price, false, 0, 'deny', m.compare_at_price,"
                    + " m.cost, m.inventory_item_id, " + LINE_NAME + " FROM merge_run_variants m WHERE m.target IS NULL"
                    + " ORDER BY m.file, m.line");
            sql.countsInto(counts, """
                    SELECT file, count(*) FILTER (WHERE target IS NULL), count(*) FILTER (WHERE target IS NOT NULL)
                    FROM merge_run_variants GROUP BY file""", VARIANTS_ADDED, VARIANTS_UPDATED);
        }
        return keysChanged;
    }
}
