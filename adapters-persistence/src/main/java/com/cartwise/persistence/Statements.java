package com.cartwise.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Helpers for the groups of prepared statements a bulk import keeps open. */
public final class Statements {
    private Statements() {
    }

    /**
     * Closes every statement, even when one fails. Closing can only fail with the connection, so
     * the first failure says why and is the one thrown.
     */
    public static void closeAll(PreparedStatement... statements) throws SQLException {
        SQLException failure = null;
        for (PreparedStatement statement : statements) {
            try {
                statement.close();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
