package com.cartwise.bootstrap.tenancy;

import com.cartwise.bootstrap.server.CartwiseServer;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
        // Prepared statements: the driver keeps them on the connection, so after a few calls the server no longer plans them.
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            // The catalogue rather than information_schema: a third of the cost, and this runs around each of thousands of calls.
            try (PreparedStatement list = connection.prepareStatement("SELECT c.relname FROM pg_catalog.pg_class c"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'"
                    + " AND c.relkind IN ('r', 'p') AND c.relname NOT LIKE 'flyway%' ORDER BY c.relname");
                 ResultSet row = list.executeQuery()) {
                while (row.next()) {
                    tables.add(row.getString(1));
                }
            }
            // One round trip for the counts and the fingerprint.
            StringBuilder query = new StringBuilder("SELECT ");
            for (String table : tables) {
                query.append("(SELECT count(*) FROM \"").append(table).append("\"), ");
            }
            for (String table : FINGERPRINTED) {
                query.append("(SELECT coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') FROM \"").append(table)
                        .append("\" t)").append(table.equals(FINGERPRINTED.getLast()) ? "" : " || ");
            }
            try (PreparedStatement counts = connection.prepareStatement(query.toString()); ResultSet row = counts.executeQuery()) {
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
