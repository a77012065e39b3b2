package com.cartwise.archfixtures.domain;

import io.micronaut.core.util.StringUtils;
import java.sql.Connection;
import java.sql.SQLException;

/** Breaks the domain rules twice: a Micronaut utility and a JDBC connection. */
public class LeakyDomainService {
    public boolean hasName(CleanValue value) {
        return StringUtils.isNotEmpty(value.name());
    }

    public void save(Connection connection, CleanValue value) throws SQLException {
        connection.prepareStatement("insert into clean_value values (?)").setString(1, value.name());
    }
}
