package com.cartwise.persistence.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * V59 on a database that already holds a shop: an item basket data added at 0 came without a
 * price; a products export's variant at 0.00 is a free gift, and a priced item stays priced.
 */
class VariantPriceGivenMigrationTest {
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    private static Flyway flyway(DataSource database, String target) {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration").target(target).load();
    }

    @Test
    void itemsAddedAtZeroByBasketDataCameWithoutAPriceAndEveryOtherVariantsPriceWasGiven() throws SQLException {
        DataSource database = postgres.getPostgresDatabase();
        flyway(database, "58").migrate();
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO shops (id, name, currency) VALUES ('grocer', 'Grocer', 'EUR')");
            sql.execute("INSERT INTO products (shop_id, handle, title) VALUES ('grocer', 'item:milk', 'milk'),"
                    + " ('grocer', 'item:bread', 'bread'), ('grocer', 'gift-bag', 'Gift Bag')");
            sql.execute("INSERT INTO variants (shop_id, handle, option_values, sku, price, inventory_tracked, inventory_quantity,"
                    + " inventory_policy, line_name) VALUES ('grocer', 'item:milk', '{}', 'milk', 0, false, 0, 'deny', 'milk'),"
                    + " ('grocer', 'item:bread', '{}', 'bread', 1.20, false, 0, 'deny', 'bread'),"
                    + " ('grocer', 'gift-bag', '{}', 'BAG', 0.00, true, 50, 'deny', 'Gift Bag')");
        }

        flyway(database, "latest").migrate();

        Map<String, Boolean> given = new LinkedHashMap<>();
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT sku, price_given FROM variants WHERE shop_id = 'grocer' ORDER BY sku")) {
            while (rows.next()) {
                given.put(rows.getString(1), rows.getBoolean(2));
            }
        }
        assertEquals(Map.of("BAG", true, "bread", true, "milk", false), given);
    }
}
