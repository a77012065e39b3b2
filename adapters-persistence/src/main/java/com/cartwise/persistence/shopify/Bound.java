package com.cartwise.persistence.shopify;

import com.cartwise.persistence.SqlValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Short statements with their parameters bound by type, for the connection's many small reads and
 * writes. A null parameter is given as {@link #NULL_TEXT}, {@link #NULL_BYTES} ... so that its SQL
 * type is known.
 */
final class Bound {
    static final Object NULL_TEXT = new Object();
    static final Object NULL_BYTES = new Object();
    static final Object NULL_INSTANT = new Object();
    static final Object NULL_BIGINT = new Object();
    static final Object NULL_UUID = new Object();

    private Bound() {
    }

    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    static <T> List<T> list(Connection connection, String sql, Row<T> reader, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters); ResultSet row = statement.executeQuery()) {
            List<T> found = new ArrayList<>();
            while (row.next()) {
                found.add(reader.read(row));
            }
            return found;
        }
    }

    static <T> Optional<T> one(Connection connection, String sql, Row<T> reader, Object... parameters) throws SQLException {
        List<T> found = list(connection, sql, reader, parameters);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column) == null ? Optional.empty() : Optional.of(SqlValues.instant(row, column));
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            bind(connection, statement, i + 1, parameters[i]);
        }
        return statement;
    }

    private static void bind(Connection connection, PreparedStatement statement, int index, Object value) throws SQLException {
        switch (value) {
            case String text -> statement.setString(index, text);
            case Long number -> statement.setLong(index, number);
            case Integer number -> statement.setInt(index, number);
            case Boolean flag -> statement.setBoolean(index, flag);
            case Instant instant -> SqlValues.setInstant(statement, index, instant);
            case UUID uuid -> statement.setObject(index, uuid);
            case byte[] bytes -> statement.setBytes(index, bytes);
            case String[] texts -> statement.setArray(index, connection.createArrayOf("text", texts));
            case Long[] numbers -> statement.setArray(index, connection.createArrayOf("bigint", numbers));
            default -> bindNull(statement, index, value);
        }
    }

    private static void bindNull(PreparedStatement statement, int index, Object marker) throws SQLException {
        if (marker == NULL_TEXT) {
            statement.setNull(index, Types.VARCHAR);
        } else if (marker == NULL_BYTES) {
            statement.setNull(index, Types.BINARY);
        } else if (marker == NULL_INSTANT) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else if (marker == NULL_BIGINT) {
            statement.setNull(index, Types.BIGINT);
        } else if (marker == NULL_UUID) {
            statement.setNull(index, Types.OTHER);
        } else {
            throw new IllegalArgumentException("cannot bind a " + (marker == null ? "bare null" : marker.getClass().getName()));
        }
    }
}
