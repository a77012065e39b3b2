package com.cartwise.bootstrap.tenancy;

import com.cartwise.bootstrap.server.CartwiseServer;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * What an injected statement would change, read straight from the database: the tables that exist,
 * the rows in each, and a fingerprint of every shop and key (an {@code UPDATE} without its
 * {@code WHERE} changes no count).
 */
final class DatabaseCanary {
    /** Tables whose every column goes into the fingerprint. */
    private static final List<String> FINGERPRINTED = List.of("shops", "api_keys", "operator_keys");

    private final DataSource dataSource;

    DatabaseCanary(CartwiseServer server) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(server.context().getBean(DataSource.class));
    }

    /** @param rows rows per table, by name; the tables Flyway keeps its history in left out */
    record Snapshot(Map<String, Long> rows, String fingerprint) {
        /** What differs from {@code before}, in words; empty when nothing does. */
        String changesSince(Snapshot before) {
            return changesSince(before, Set.of());
        }

        /** What differs from {@code before} beside the rows of the {@code ignored} tables. */
        String changesSince(Snapshot before, Set<String> ignored) {
            List<String> changes = new ArrayList<>();
            if (!rows.keySet().equals(before.rows.keySet())) {
                changes.add("tables " + before.rows.keySet() + " became " + rows.keySet());
            }
            before.rows.forEach((table, count) -> {
                Long now = rows.get(table);
                if (now != null && !now.equals(count) && !ignored.contains(table)) {
                    changes.add(table + ": " + count + " rows became " + now);
                }
            });
            if (!fingerprint.equals(before.fingerprint)) {
                changes.add("shops or keys changed");
            }
            return String.join("; ", changes);
        }

        /** Whether the same tables exist: nothing was dropped or created. */
        boolean sameTables(Snapshot before) {
            return rows.keySet().equals(before.rows.keySet());
        }
    }

    Snapshot take() {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet row = sql.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                    + " AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'flyway%' ORDER BY table_name")) {
                while (row.next()) {
                    tables.add(row.getString(1));
                }
            }
            // One round trip: the test takes a snapshot around each of a few thousand calls.
            StringBuilder query = new StringBuilder("SELECT ");
            for (String table : tables) {
                query.append("(SELECT count(*) FROM \"").append(table).append("\"), ");
            }
            for (String table : FINGERPRINTED) {
                query.append("(SELECT coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') FROM \"").append(table)
                        .append("\" t)").append(table.equals(FINGERPRINTED.getLast()) ? "" : " || ");
            }
            try (ResultSet row = sql.executeQuery(query.toString())) {
                row.next();
                Map<String, Long> rows = new TreeMap<>();
                for (int i = 0; i < tables.size(); i++) {
                    rows.put(tables.get(i), row.getLong(i + 1));
                }
                return new Snapshot(rows, row.getString(tables.size() + 1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the canary could not read the database", e);
        }
    }
}
