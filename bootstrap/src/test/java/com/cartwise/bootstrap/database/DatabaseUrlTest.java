package com.cartwise.bootstrap.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void aHostingPlatformsUrlBecomesAJdbcUrlWithItsCredentials() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://cartwise:s%40cret@db.example:6543/shop_data?sslmode=require");

        assertEquals("jdbc:postgresql://db.example:6543/shop_data?sslmode=require", url.jdbcUrl());
        assertEquals("cartwise", url.username());
        assertEquals("s@cret", url.password());
    }

    @Test
    void thePostgresqlSchemeWithoutPortOrDatabaseUsesTheDefaults() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://db.example");

        assertEquals("jdbc:postgresql://db.example/postgres", url.jdbcUrl());
        assertEquals("", url.username());
    }

    @Test
    void aJdbcUrlIsTakenAsItIs() {
        assertEquals("jdbc:postgresql://localhost:5432/cartwise?user=x",
                DatabaseUrl.parse("jdbc:postgresql://localhost:5432/cartwise?user=x").jdbcUrl());
    }

    @Test
    void anotherDatabaseIsRefusedWithoutRepeatingThePassword() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatabaseUrl.parse("mysql://root:hunter2@db.example/shop"));

        assertTrue(e.getMessage().contains("postgres://"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void anEmptyUrlIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse(" "));
    }
}
