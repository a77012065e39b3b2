package com.cartwise.persistence.imports;

import static com.cartwise.domain.imports.MergeCounts.PRODUCTS_ADDED;
import static com.cartwise.domain.imports.MergeCounts.VARIANTS_ADDED;
import static com.cartwise.domain.imports.MergeCounts.VARIANTS_UPDATED;

import java.sql.SQLException;

/**
 * Merges staged rows of Shopify products exports. A row updates the variant with its handle and
 * option values, else the one with its Shopify variant id (the merchant renamed an option), else
 * adds one; so a variant keeps its id across exports and sources. A Shopify id names one variant
 * only: when a row gives it to another variant, it moves there.
 */
final class CatalogMerge {
    private CatalogMerge() {
    }

    /** @return whether any variant's keys (SKU, line name, Shopify id) changed or a variant was added */
    static boolean run(ShopSql sql, FileCounts counts) throws SQLException {
        if (!sql.exists("SELECT 1 FROM stage_variants")) {
            return false;
        }
        // A product's own columns come from its first row in the upload.
        sql.countInto(counts, PRODUCTS_ADDED, """
                WITH firsts AS (SELECT DISTINCT ON (handle) * FROM stage_variants ORDER BY handle, seq),
                merged AS (
                    INSERT INTO products (shop_id, handle, title, vendor, product_type, tags, status, category, collections,
                                          source_created_at)
                    SELECT ?, handle, title, vendor, product_type, tags, status, category, collections, source_created_at
                    FROM firsts
                    ON CONFLICT (shop_id, handle) DO UPDATE SET title = excluded.title, vendor = excluded.vendor,
                        product_type = excluded.product_type, tags = excluded.tags, status = excluded.status,
                        category = excluded.category, collections = excluded.collections,
                        source_created_at = coalesce(excluded.source_created_at, products.source_created_at)
                    RETURNING handle, (xmax = 0) AS added)
                SELECT f.file, count(*) FILTER (WHERE merged.added) FROM merged JOIN firsts f USING (handle) GROUP BY f.file""");
        sql.update("""
                UPDATE stage_variants s SET target = v.id FROM variants v
                WHERE v.shop_id = ? AND v.handle = s.handle AND v.option_values = s.option_values""");
        sql.update("""
                UPDATE stage_variants s SET target = v.id FROM variants v
                WHERE s.target IS NULL AND s.shopify_variant_id IS NOT NULL AND v.shop_id = ?
                  AND v.shopify_variant_id = s.shopify_variant_id
                  AND NOT EXISTS (SELECT 1 FROM stage_variants other WHERE other.target = v.id)""");
        boolean keysChanged = sql.exists("""
                SELECT 1 FROM stage_variants s LEFT JOIN variants v ON v.shop_id = ? AND v.id = s.target
                WHERE s.target IS NULL OR v.sku <> s.sku OR v.line_name <> s.line_name
                   OR s.shopify_variant_id IS DISTINCT FROM v.shopify_variant_id AND s.shopify_variant_id IS NOT NULL""");
        sql.update("""
                UPDATE variants v SET shopify_variant_id = NULL FROM stage_variants s
                WHERE v.shop_id = ? AND s.shopify_variant_id IS NOT NULL AND v.shopify_variant_id = s.shopify_variant_id
                  AND v.id IS DISTINCT FROM s.target""");
        sql.update("""
                UPDATE variants v SET handle = s.handle, option_values = s.option_values, sku = s.sku, barcode = s.barcode,
                    shopify_variant_id = coalesce(s.shopify_variant_id, v.shopify_variant_id), price = s.price,
                    inventory_tracked = s.inventory_tracked, inventory_quantity = s.inventory_quantity,
                    inventory_policy = s.inventory_policy, compare_at_price = s.compare_at_price,
                    cost = coalesce(s.cost, v.cost), inventory_item_id = coalesce(s.inventory_item_id, v.inventory_item_id),
                    line_name = s.line_name
                FROM stage_variants s WHERE v.shop_id = ? AND v.id = s.target""");
        sql.update("""
                INSERT INTO variants (shop_id, handle, option_values, sku, barcode, shopify_variant_id, price, inventory_tracked,
                                      inventory_quantity, inventory_policy, compare_at_price, cost, inventory_item_id, line_name)
                SELECT ?, handle, option_values, sku, barcode, shopify_variant_id, price, inventory_tracked, inventory_quantity,
                       inventory_policy, compare_at_price, cost, inventory_item_id, line_name
                FROM stage_variants WHERE target IS NULL ORDER BY seq""");
        sql.countsInto(counts, """
                SELECT file, count(*) FILTER (WHERE target IS NULL), count(*) FILTER (WHERE target IS NOT NULL)
                FROM stage_variants GROUP BY file""", VARIANTS_ADDED, VARIANTS_UPDATED);
        return keysChanged;
    }
}
