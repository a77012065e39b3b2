package com.cartwise.persistence.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.persistence.TransactionalJdbc;
import com.cartwise.persistence.testing.TestDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The schema as the migrations leave it can be sharded by shop with Citus (docs/SCALING.md): every
 * shop-owned table (one with a {@code shop_id} column) has {@code shop_id} first in its primary key
 * and inside every unique index and every foreign key, which is what Citus asks of a table
 * distributed by {@code shop_id} (its unique constraints and foreign keys must include the
 * distribution column). The exceptions are named, each with why it is a reference table instead.
 */
class DistributableSchemaTest {
    /** Tables that have a shop_id but are kept whole on every node (Citus reference tables), and why. */
    static final Map<String, String> REFERENCE_TABLES = Map.of(
            "shopify_shop_domains", "a webhook names its shop only by its Shopify domain: the lookup is by domain, across shops",
            "feature_flag_changes", "the operator's audit trail, read across shops newest first; shop_id is null for a global value");

    private final TransactionalJdbc jdbc = TestDatabase.context().getBean(TransactionalJdbc.class);

    @Test
    void everyShopOwnedTableCanBeDistributedByShopId() {
        assertTrue(shopOwnedTables().containsAll(List.of("orders", "jobs", "models", "shop_feature_flags", "retraining_schedule")),
                "the test sees the migrated tables: " + shopOwnedTables());

        assertEquals(List.of(), problems());
    }

    @Test
    void aTableKeyedWithoutShopIdIsCaught() {
        execute("CREATE TABLE schema_test_misfit (shop_id text NOT NULL REFERENCES shops (id), id bigint PRIMARY KEY,"
                + " code text UNIQUE, other bigint REFERENCES schema_test_misfit (id))");
        try {
            assertEquals(List.of("schema_test_misfit: primary key [id] does not start with shop_id",
                    "schema_test_misfit: unique index schema_test_misfit_code_key does not include shop_id",
                    "schema_test_misfit: foreign key schema_test_misfit_other_fkey does not include shop_id"), problems());
        } finally {
            execute("DROP TABLE schema_test_misfit");
        }
    }

    private List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (String table : shopOwnedTables()) {
            if (REFERENCE_TABLES.containsKey(table)) {
                continue;
            }
            List<String> primaryKey = columns("""
                    SELECT a.attname FROM pg_index i
                    JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position) ON true
                    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                    WHERE i.indrelid = ?::regclass AND i.indisprimary ORDER BY k.position""", table);
            if (primaryKey.isEmpty() || !primaryKey.getFirst().equals("shop_id")) {
                problems.add(table + ": primary key " + primaryKey + " does not start with shop_id");
            }
            for (String index : names("""
                    SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                    WHERE i.indrelid = ?::regclass AND i.indisunique AND NOT i.indisprimary
                      AND NOT EXISTS (SELECT 1 FROM unnest(i.indkey) k(attnum)
                                      JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                                      WHERE a.attname = 'shop_id')""", table)) {
                problems.add(table + ": unique index " + index + " does not include shop_id");
            }
            for (String key : names("""
                    SELECT c.conname FROM pg_constraint c
                    WHERE c.conrelid = ?::regclass AND c.contype = 'f'
                      AND NOT EXISTS (SELECT 1 FROM unnest(c.conkey) k(attnum)
                                      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
                                      WHERE a.attname = 'shop_id')""", table)) {
                problems.add(table + ": foreign key " + key + " does not include shop_id");
            }
        }
        return problems;
    }

    private void execute(String sql) {
        jdbc.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                return statement.execute();
            }
        });
    }

    @Test
    void theNamedExceptionsAreTablesThatExistAndOwnAShopId() {
        assertTrue(shopOwnedTables().containsAll(REFERENCE_TABLES.keySet()), "a stale exception: " + REFERENCE_TABLES.keySet());
    }

    private TreeSet<String> shopOwnedTables() {
        return new TreeSet<>(names("""
                SELECT c.table_name FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = current_schema() AND c.column_name = 'shop_id' AND t.table_type = 'BASE TABLE'
                  AND c.table_name <> ?""", "flyway_schema_history"));
    }

    private List<String> names(String sql, String parameter) {
        return columns(sql, parameter);
    }

    private List<String> columns(String sql, String parameter) {
        return jdbc.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, parameter);
                List<String> values = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        values.add(row.getString(1));
                    }
                }
                return values;
            }
        });
    }
}
