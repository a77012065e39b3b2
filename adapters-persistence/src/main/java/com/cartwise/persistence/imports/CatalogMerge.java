package com.cartwise.persistence.imports;

import static com.cartwise.domain.imports.MergeCounts.PRODUCTS_ADDED;
import static com.cartwise.domain.imports.MergeCounts.VARIANTS_ADDED;
import static com.cartwise.domain.imports.MergeCounts.VARIANTS_UPDATED;

import java.sql.SQLException;

/**
 * Merges staged rows of Shopify products exports (and of the Admin API). A row updates the variant
 * with its handle and option values, else the one with its Shopify variant id (the merchant renamed
 * an option), else the one with its SKU when that SKU names one variant on both sides, else adds
 * one; so a variant keeps its id across exports and sources. A Shopify id names one variant only:
 * when a row gives it to another variant, it moves there. The natural key comes first because it
 * is unique in the table: a row whose handle and options a variant holds can only be that variant.
 */
final class CatalogMerge {
    private CatalogMerge() {
    }

    /** @return whether any variant's keys (SKU, line name, Shopify id) changed or a variant was added */
    static boolean run(ShopSql sql, FileCounts counts) throws SQLException {
        if (!sql.exists("SELECT 1 FROM stage_variants")) {
            return false;
        }
        // A Shopify product id names one product: a product whose handle changed gives it up to its new handle.
        sql.update("""
                UPDATE products p SET shopify_product_id = NULL
                FROM (SELECT DISTINCT handle, shopify_product_id FROM stage_variants WHERE shopify_product_id IS NOT NULL) s
                WHERE p.shop_id = ? AND p.shopify_product_id = s.shopify_product_id AND p.handle <> s.handle""");
        // A product's own columns come from its first row in the upload.
        sql.countInto(counts, PRODUCTS_ADDED, """
                WITH firsts AS (SELECT DISTINCT ON (handle) * FROM stage_variants ORDER BY handle, seq),
                merged AS (
                    INSERT INTO products (shop_id, handle, title, vendor, product_type, tags, status, category, collections,
                                          source_created_at, shopify_product_id)
                    SELECT ?, handle, title, vendor, product_type, tags, status, category, collections, source_created_at,
                           shopify_product_id
                    FROM firsts
                    ON CONFLICT (shop_id, handle) DO UPDATE SET title = excluded.title, vendor = excluded.vendor,
                        product_type = excluded.product_type, tags = excluded.tags, status = excluded.status,
                        category = excluded.category, collections = excluded.collections,
                        source_created_at = coalesce(excluded.source_created_at, products.source_created_at),
                        shopify_product_id = coalesce(excluded.shopify_product_id, products.shopify_product_id)
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
        // Else a SKU that one variant of the shop and one unmatched row of the upload have, unless
        // both carry different Shopify ids: a handle renamed in Shopify, or a CSV-imported variant
        // first seen through the Admin API under another handle, keeps its id (and its history).
        sql.update("""
                UPDATE stage_variants s SET target = v.variant_id
                FROM (SELECT sku, min(id) AS variant_id, min(shopify_variant_id) AS shopify_variant_id FROM variants
                      WHERE shop_id = ? AND sku <> '' GROUP BY sku HAVING count(*) = 1) v,
                     (SELECT sku FROM stage_variants WHERE target IS NULL AND sku <> '' GROUP BY sku HAVING count(*) = 1) once
                WHERE s.target IS NULL AND s.sku = v.sku AND s.sku = once.sku
                  AND (v.shopify_variant_id IS NULL OR s.shopify_variant_id IS NULL OR v.shopify_variant_id = s.shopify_variant_id)
                  AND NOT EXISTS (SELECT 1 FROM stage_variants other WHERE other.target = v.variant_id)""");
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
                    shopify_variant_id = coalesce(s.shopify_variant_id, v.shopify_variant_id), price = s.price, price_given = true,
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
