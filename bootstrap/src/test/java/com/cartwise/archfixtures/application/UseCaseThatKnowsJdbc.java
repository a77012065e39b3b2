package com.cartwise.archfixtures.application;

import java.sql.Connection;
import java.sql.SQLException;

/** Uses only java.. and so passes the dependency rule; the framework rule must catch its JDBC. */
public class UseCaseThatKnowsJdbc {
    public void execute(Connection connection) throws SQLException {
        connection.commit();
    }
}
