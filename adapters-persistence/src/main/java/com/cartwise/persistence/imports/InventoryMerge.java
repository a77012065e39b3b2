package com.cartwise.persistence.imports;

import static com.cartwise.domain.imports.MergeCounts.STOCK_LEVELS;
import static com.cartwise.domain.imports.MergeCounts.VARIANTS_RESTOCKED;

import java.sql.SQLException;

/**
 * Merges stock by location (Shopify's inventory export, the generator's inventory_levels.csv). A
 * variant's stock for serving becomes the sum of what is available at its locations, and Shopify
 * is then known to track it.
 */
final class InventoryMerge {
    private InventoryMerge() {
    }

    /** @return whether any stock changed */
    static boolean run(ShopSql sql, FileCounts counts) throws SQLException {
        if (!sql.exists("SELECT 1 FROM stage_inventory UNION ALL SELECT 1 FROM stage_run_inventory")) {
            return false;
        }
        sql.update("""
                CREATE TEMPORARY TABLE merge_inventory AS
                SELECT i.file, i.line, i.location, i.available, i.on_hand, coalesce(by_key.id, by_sku.variant_id) AS variant_id
                FROM stage_inventory i
                LEFT JOIN variants by_key ON by_key.shop_id = ? AND i.handle <> '' AND by_key.handle = i.handle
                     AND by_key.option_values = i.option_values
                LEFT JOIN (SELECT sku, min(id) AS variant_id FROM variants WHERE shop_id = ? AND sku <> ''
                           GROUP BY sku HAVING count(*) = 1) by_sku ON i.handle = '' AND by_sku.sku = i.sku
                UNION ALL
                SELECT r.file, r.line, r.location, r.available, NULL, v.id
                FROM stage_run_inventory r JOIN variants v ON v.shop_id = ? AND v.inventory_item_id = r.inventory_item_id""");
        sql.update("""
                INSERT INTO inventory_levels (shop_id, variant_id, location, available, on_hand)
                SELECT ?, variant_id, location, available, on_hand FROM merge_inventory WHERE variant_id IS NOT NULL
                ON CONFLICT (shop_id, variant_id, location) DO UPDATE SET available = excluded.available, on_hand = excluded.on_hand""");
        // "Not stocked" at a location leaves both quantities empty: nothing to sell there.
        sql.update("""
                UPDATE variants v SET inventory_tracked = true, inventory_quantity = s.total
                FROM (SELECT variant_id, sum(coalesce(available, on_hand, 0)) AS total FROM inventory_levels
                      WHERE shop_id = ? AND variant_id IN (SELECT variant_id FROM merge_inventory) GROUP BY variant_id) s
                WHERE v.shop_id = ? AND v.id = s.variant_id""");
        sql.countsInto(counts, "SELECT file, count(*), count(DISTINCT variant_id) FROM merge_inventory GROUP BY file",
                STOCK_LEVELS, VARIANTS_RESTOCKED);
        return true;
    }
}
