package com.cartwise.persistence.imports;

import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.shop.ShopId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What only the upload as a whole shows, found in SQL on the staged rows so that no reader has to
 * remember every order or variant it saw: an order listed twice (split across a file, or in two
 * files), a variant, customer or stock level listed twice, and stock or variants that name
 * nothing the shop has. Strict: the problems are answered, nothing changes. Lenient: every row
 * involved is refused with its reason and taken out of the import.
 *
 * <p>Each check is a query answering one row per problem: file, line, column, column name, value,
 * reason, in upload order. Its lenient form answers every involved row; its removal deletes them.
 */
final class StagedChecks {
    private final Connection connection;
    private final ShopId shop;

    StagedChecks(Connection connection, ShopId shop) {
        this.connection = connection;
        this.shop = shop;
    }

    List<ImportProblem> run(boolean lenient, int maxProblems) throws SQLException {
        try (Statement session = connection.createStatement()) {
            // As the merge does: grouping a million staged lines' orders by name spilled to disk at 4 MB.
            session.execute("SET work_mem = '" + StagedMerge.WORK_MEMORY + "'");
            try {
                return checked(lenient, maxProblems);
            } finally {
                session.execute("RESET work_mem");
            }
        }
    }

    private List<ImportProblem> checked(boolean lenient, int maxProblems) throws SQLException {
        TransactionRuns.join(connection);
        List<ImportProblem> problems = new ArrayList<>();
        for (Check check : Check.values()) {
            List<ImportProblem> found = query(lenient ? check.involved : check.problems, maxProblems - problems.size());
            problems.addAll(found);
            if (lenient && !found.isEmpty()) {
                refuse(found);
                for (String removal : check.removals) {
                    try (PreparedStatement remove = bindShop(removal)) {
                        remove.executeUpdate();
                    }
                }
            }
            if (!lenient && !problems.isEmpty() || problems.size() >= maxProblems) {
                break;
            }
        }
        return problems;
    }

    private List<ImportProblem> query(String sql, int limit) throws SQLException {
        try (PreparedStatement query = bindShop(sql + " LIMIT ?")) {
            query.setInt((int) sql.chars().filter(c -> c == '?').count() + 1, limit);
            List<ImportProblem> problems = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    problems.add(new ImportProblem(row.getString("file_name"), row.getLong("line"), row.getInt("column_no"),
                            row.getString("column_name"), row.getString("value"), row.getString("reason")));
                }
            }
            return problems;
        }
    }

    /** Every parameter of these statements is the shop's id, except a final LIMIT, which the caller binds. */
    private PreparedStatement bindShop(String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        int shopParameters = (int) sql.replace("LIMIT ?", "").chars().filter(c -> c == '?').count();
        for (int i = 1; i <= shopParameters; i++) {
            statement.setString(i, shop.value());
        }
        return statement;
    }

    private void refuse(List<ImportProblem> problems) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO stage_refusals (ordinal, file, line, column_no, column_name, value, reason)
                VALUES ((SELECT coalesce(max(ordinal), 0) + 1 FROM stage_refusals), ?, ?, ?, ?, ?, ?)""")) {
            for (ImportProblem p : problems) {
                insert.setString(1, p.file());
                insert.setLong(2, p.line());
                insert.setInt(3, p.column());
                insert.setString(4, p.columnName());
                insert.setString(5, p.value());
                insert.setString(6, p.message());
                insert.executeUpdate();
            }
        }
    }

    /** The file's name and its key column, joined onto a staged row aliased {@code r}. */
    private static final String PLACE =
            " f.name AS file_name, r.line, coalesce(f.key_column, 0) AS column_no, coalesce(f.key_column_name, '') AS column_name";
    private static final String FILES = " LEFT JOIN stage_files f ON f.file = r.file ";

    private enum Check {
        SPLIT_ORDERS(
                """
                WITH dup AS (SELECT name FROM stage_orders GROUP BY name HAVING count(*) > 1),
                     occ AS (SELECT o.seq, o.file, o.line, o.name,
                                    first_value(o.seq) OVER (PARTITION BY o.name ORDER BY o.seq) AS first_seq
                             FROM stage_orders o JOIN dup USING (name))
                SELECT""" + PLACE + """
                , r.name AS value,
                  CASE WHEN first.file = r.file
                       THEN 'order ' || r.name || ' appears again here, but its lines began on line ' || first.line
                            || ' and other orders came between: an order''s lines must be consecutive'
                       ELSE 'order ' || r.name || ' is also in ' || coalesce(ff.name, 'another file') || ' line ' || first.line
                            || ': an upload lists each order once' END AS reason
                FROM occ r JOIN stage_orders first ON first.seq = r.first_seq LEFT JOIN stage_files ff ON ff.file = first.file
                """ + FILES + """
                 WHERE r.seq <> r.first_seq ORDER BY r.file, r.line""",
                """
                WITH dup AS (SELECT o.name, string_agg(coalesce(f.name, '') || ' line ' || o.line, ', ' ORDER BY o.seq) AS places
                             FROM stage_orders o LEFT JOIN stage_files f ON f.file = o.file
                             GROUP BY o.name HAVING count(*) > 1)
                SELECT f.name AS file_name, r.line, 0 AS column_no, '' AS column_name, o.name AS value,
                       'belongs to order ' || o.name || ', which the upload lists more than once (' || dup.places
                       || '): which listing is the order cannot be told' AS reason
                FROM stage_lines r JOIN stage_orders o ON o.seq = r.order_seq JOIN dup ON dup.name = o.name""" + FILES + """
                 ORDER BY r.file, r.line""",
                List.of("DELETE FROM stage_lines WHERE order_seq IN (SELECT seq FROM stage_orders WHERE name IN"
                                + " (SELECT name FROM stage_orders GROUP BY name HAVING count(*) > 1))",
                        "DELETE FROM stage_orders WHERE name IN (SELECT name FROM stage_orders GROUP BY name HAVING count(*) > 1)")),
        VARIANTS_TWICE(
                """
                WITH occ AS (SELECT seq, file, line, handle, option_values,
                                    first_value(seq) OVER (PARTITION BY handle, option_values ORDER BY seq) AS first_seq
                             FROM stage_variants)
                SELECT""" + PLACE + """
                , r.handle AS value,
                  'lists the variant ' || r.handle || ' (' || array_to_string(r.option_values, ' / ')
                  || ') again, which ' || coalesce(ff.name, 'the upload') || ' line ' || first.line
                  || ' already lists: a catalogue lists each variant once' AS reason
                FROM occ r JOIN stage_variants first ON first.seq = r.first_seq LEFT JOIN stage_files ff ON ff.file = first.file
                """ + FILES + """
                 WHERE r.seq <> r.first_seq ORDER BY r.file, r.line""",
                """
                WITH dup AS (SELECT handle, option_values FROM stage_variants GROUP BY handle, option_values HAVING count(*) > 1)
                SELECT""" + PLACE + """
                , r.handle AS value,
                  'lists the variant ' || r.handle || ' (' || array_to_string(r.option_values, ' / ')
                  || '), which the upload lists more than once: which listing is right cannot be told' AS reason
                FROM stage_variants r JOIN dup USING (handle, option_values)""" + FILES + """
                 ORDER BY r.file, r.line""",
                List.of("DELETE FROM stage_variants s USING (SELECT handle, option_values FROM stage_variants"
                        + " GROUP BY handle, option_values HAVING count(*) > 1) d"
                        + " WHERE s.handle = d.handle AND s.option_values = d.option_values")),
        SHOPIFY_IDS_TWICE(
                """
                WITH occ AS (SELECT seq, file, line, shopify_variant_id,
                                    first_value(seq) OVER (PARTITION BY shopify_variant_id ORDER BY seq) AS first_seq
                             FROM stage_variants WHERE shopify_variant_id IS NOT NULL)
                SELECT f.name AS file_name, r.line, 0 AS column_no, '' AS column_name, r.shopify_variant_id::text AS value,
                  'gives Shopify variant id ' || r.shopify_variant_id || ' to a second variant; '
                  || coalesce(ff.name, 'the upload') || ' line ' || first.line || ' already has it' AS reason
                FROM occ r JOIN stage_variants first ON first.seq = r.first_seq LEFT JOIN stage_files ff ON ff.file = first.file
                """ + FILES + """
                 WHERE r.seq <> r.first_seq ORDER BY r.file, r.line""",
                """
                WITH dup AS (SELECT shopify_variant_id FROM stage_variants WHERE shopify_variant_id IS NOT NULL
                             GROUP BY shopify_variant_id HAVING count(*) > 1)
                SELECT f.name AS file_name, r.line, 0 AS column_no, '' AS column_name, r.shopify_variant_id::text AS value,
                  'gives Shopify variant id ' || r.shopify_variant_id || ', which the upload gives to more than one variant'
                  AS reason
                FROM stage_variants r JOIN dup USING (shopify_variant_id)""" + FILES + """
                 ORDER BY r.file, r.line""",
                List.of("DELETE FROM stage_variants WHERE shopify_variant_id IN (SELECT shopify_variant_id FROM stage_variants"
                        + " WHERE shopify_variant_id IS NOT NULL GROUP BY shopify_variant_id HAVING count(*) > 1)")),
        INVENTORY_TWICE(
                """
                WITH occ AS (SELECT file, line, handle, option_values, sku, location,
                                    first_value(line) OVER (PARTITION BY handle, option_values, sku, location ORDER BY file, line)
                                    AS first_line, count(*) OVER (PARTITION BY handle, option_values, sku, location) AS n,
                                    row_number() OVER (PARTITION BY handle, option_values, sku, location ORDER BY file, line) AS k
                             FROM stage_inventory)
                SELECT f.name AS file_name, r.line, 0 AS column_no, '' AS column_name, r.location AS value,
                  'gives the stock of ' || coalesce(nullif(r.handle, ''), r.sku) || ' at ' || r.location
                  || ' again; line ' || r.first_line || ' already does' AS reason
                FROM occ r""" + FILES + """
                 WHERE r.k > 1 ORDER BY r.file, r.line""",
                """
                WITH dup AS (SELECT handle, option_values, sku, location FROM stage_inventory
                             GROUP BY handle, option_values, sku, location HAVING count(*) > 1)
                SELECT f.name AS file_name, r.line, 0 AS column_no, '' AS column_name, r.location AS value,
                  'gives the stock of ' || coalesce(nullif(r.handle, ''), r.sku) || ' at ' || r.location
                  || ', which the upload gives more than once' AS reason
                FROM stage_inventory r JOIN dup USING (handle, option_values, sku, location)""" + FILES + """
                 ORDER BY r.file, r.line""",
                List.of("DELETE FROM stage_inventory s USING (SELECT handle, option_values, sku, location FROM stage_inventory"
                        + " GROUP BY handle, option_values, sku, location HAVING count(*) > 1) d WHERE s.handle = d.handle"
                        + " AND s.option_values = d.option_values AND s.sku = d.sku AND s.location = d.location")),
        INVENTORY_OF_UNKNOWN_VARIANTS(
                unknownInventory("""
                SELECT f.name AS file_name, r.line, 0 AS column_no, '' AS column_name,
                  coalesce(nullif(r.handle, ''), r.sku) AS value,
                  'gives stock for ' || CASE WHEN r.handle <> '' THEN 'the variant ' || r.handle || ' ('
                      || array_to_string(r.option_values, ' / ') || ')' ELSE 'SKU ' || r.sku END
                  || ', which neither the shop''s catalogue nor this upload has: import the products export first' AS reason
                FROM stage_inventory r""" + FILES) + " ORDER BY r.file, r.line",
                null,
                List.of("DELETE FROM stage_inventory r WHERE " + unknownInventoryCondition())),
        CUSTOMERS_TWICE(
                """
                WITH occ AS (SELECT file, line, customer_key,
                                    first_value(line) OVER (PARTITION BY customer_key ORDER BY file, line) AS first_line,
                                    row_number() OVER (PARTITION BY customer_key ORDER BY file, line) AS k
                             FROM stage_customers)
                SELECT f.name AS file_name, r.line, 0 AS column_no, '' AS column_name, '' AS value,
                  'lists a customer again whom line ' || r.first_line || ' already lists' AS reason
                FROM occ r""" + FILES + """
                 WHERE r.k > 1 ORDER BY r.file, r.line""",
                """
                SELECT f.name AS file_name, r.line, 0 AS column_no, '' AS column_name, '' AS value,
                  'lists a customer whom the upload lists more than once' AS reason
                FROM stage_customers r JOIN (SELECT customer_key FROM stage_customers GROUP BY customer_key HAVING count(*) > 1) d
                  USING (customer_key)""" + FILES + " ORDER BY r.file, r.line",
                List.of("DELETE FROM stage_customers WHERE customer_key IN (SELECT customer_key FROM stage_customers"
                        + " GROUP BY customer_key HAVING count(*) > 1)")),
        RUN_PRODUCTS_TWICE(
                twice("stage_run_products", "product_id", "the product"),
                twiceInvolved("stage_run_products", "product_id", "the product"),
                List.of(removeTwice("stage_run_products", "product_id"))),
        RUN_VARIANTS_TWICE(
                twice("stage_run_variants", "variant_id", "the variant"),
                twiceInvolved("stage_run_variants", "variant_id", "the variant"),
                List.of(removeTwice("stage_run_variants", "variant_id"))),
        RUN_VARIANTS_OF_UNKNOWN_PRODUCTS(
                """
                SELECT f.name AS file_name, r.line, 0 AS column_no, '' AS column_name, r.product_id::text AS value,
                  'names product ' || r.product_id || ', which neither catalog_joined.csv nor the shop''s catalogue has' AS reason
                FROM stage_run_variants r""" + FILES + " WHERE " + unknownRunProductCondition() + " ORDER BY r.file, r.line",
                null,
                List.of("DELETE FROM stage_run_variants r WHERE " + unknownRunProductCondition())),
        RUN_INVENTORY_OF_UNKNOWN_ITEMS(
                """
                SELECT f.name AS file_name, r.line, 0 AS column_no, '' AS column_name, r.inventory_item_id::text AS value,
                  'gives stock for inventory item ' || r.inventory_item_id
                  || ', which no variant of variants.csv or of the shop''s catalogue has' AS reason
                FROM stage_run_inventory r""" + FILES + " WHERE " + unknownInventoryItemCondition() + " ORDER BY r.file, r.line",
                null,
                List.of("DELETE FROM stage_run_inventory r WHERE " + unknownInventoryItemCondition()));

        final String problems;
        final String involved;
        final List<String> removals;

        /** @param involved the lenient query; null when every problem row is also the only row involved */
        Check(String problems, String involved, List<String> removals) {
            this.problems = problems;
            this.involved = involved == null ? problems : involved;
            this.removals = removals;
        }

        private static String unknownInventory(String select) {
            return select + " WHERE " + unknownInventoryCondition();
        }

        private static String unknownInventoryCondition() {
            return """
                    NOT EXISTS (SELECT 1 FROM variants v WHERE v.shop_id = ? AND (r.handle <> '' AND v.handle = r.handle
                        AND v.option_values = r.option_values OR r.handle = '' AND v.sku = r.sku))
                    AND NOT EXISTS (SELECT 1 FROM stage_variants s WHERE r.handle <> '' AND s.handle = r.handle
                        AND s.option_values = r.option_values OR r.handle = '' AND s.sku = r.sku)""";
        }

        private static String unknownRunProductCondition() {
            return """
                    NOT EXISTS (SELECT 1 FROM stage_run_products p WHERE p.product_id = r.product_id)
                    AND NOT EXISTS (SELECT 1 FROM products p WHERE p.shop_id = ? AND p.shopify_product_id = r.product_id)""";
        }

        private static String unknownInventoryItemCondition() {
            return """
                    NOT EXISTS (SELECT 1 FROM stage_run_variants v WHERE v.inventory_item_id = r.inventory_item_id)
                    AND NOT EXISTS (SELECT 1 FROM variants v WHERE v.shop_id = ? AND v.inventory_item_id = r.inventory_item_id)""";
        }

        private static String twice(String table, String key, String what) {
            return "WITH occ AS (SELECT file, line, " + key + ", first_value(line) OVER (PARTITION BY " + key
                    + " ORDER BY file, line) AS first_line, row_number() OVER (PARTITION BY " + key
                    + " ORDER BY file, line) AS k FROM " + table + ")"
                    + " SELECT f.name AS file_name, r.line, 0 AS column_no, '' AS column_name, r." + key + "::text AS value,"
                    + " 'lists " + what + " ' || r." + key + " || ' again; line ' || r.first_line || ' already does' AS reason"
                    + " FROM occ r" + FILES + " WHERE r.k > 1 ORDER BY r.file, r.line";
        }

        private static String twiceInvolved(String table, String key, String what) {
            return "SELECT f.name AS file_name, r.line, 0 AS column_no, '' AS column_name, r." + key + "::text AS value,"
                    + " 'lists " + what + " ' || r." + key + " || ', which the upload lists more than once' AS reason"
                    + " FROM " + table + " r JOIN (SELECT " + key + " FROM " + table + " GROUP BY " + key
                    + " HAVING count(*) > 1) d USING (" + key + ")" + FILES + " ORDER BY r.file, r.line";
        }

        private static String removeTwice(String table, String key) {
            return "DELETE FROM " + table + " WHERE " + key + " IN (SELECT " + key + " FROM " + table + " GROUP BY " + key
                    + " HAVING count(*) > 1)";
        }
    }
}
