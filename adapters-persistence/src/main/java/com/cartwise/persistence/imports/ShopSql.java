package com.cartwise.persistence.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Statements of a merge, all about one shop: every parameter is the shop's id. Keeps the many
 * merge statements free of binding code, and keeps the shop id a bound parameter, never text.
 */
final class ShopSql {
    private final Connection connection;
    private final String shop;

    ShopSql(Connection connection, String shop) {
        this.connection = connection;
        this.shop = shop;
    }

    Connection connection() {
        return connection;
    }

    String shop() {
        return shop;
    }

    int update(String sql) throws SQLException {
        try (PreparedStatement statement = bound(sql)) {
            return statement.executeUpdate();
        }
    }

    /** Locks the rows the query selects (it ends in FOR UPDATE) until the transaction ends. */
    void lock(String sql) throws SQLException {
        try (PreparedStatement statement = bound(sql); ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                // Reading the rows is what takes their locks.
            }
        }
    }

    boolean exists(String sql) throws SQLException {
        try (PreparedStatement statement = bound("SELECT EXISTS (" + sql + ")"); ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getBoolean(1);
        }
    }

    /** The one number the query answers. */
    long number(String sql) throws SQLException {
        try (PreparedStatement statement = bound(sql); ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Counts per file: {@code sql} answers rows of (file, count). */
    void countInto(FileCounts counts, String name, String sql) throws SQLException {
        try (PreparedStatement statement = bound(sql); ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                counts.add(row.getInt(1), name, row.getLong(2));
            }
        }
    }

    /** Several counts per file at once: {@code sql} answers rows of (file, count1, count2 ...) in the names' order. */
    void countsInto(FileCounts counts, String sql, String... names) throws SQLException {
        try (PreparedStatement statement = bound(sql); ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                for (int i = 0; i < names.length; i++) {
                    counts.add(row.getInt(1), names[i], row.getLong(i + 2));
                }
            }
        }
    }

    private PreparedStatement bound(String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        int parameters = (int) sql.chars().filter(c -> c == '?').count();
        for (int i = 1; i <= parameters; i++) {
            statement.setString(i, shop);
        }
        return statement;
    }
}
