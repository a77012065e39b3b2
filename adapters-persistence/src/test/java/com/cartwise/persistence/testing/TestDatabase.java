package com.cartwise.persistence.testing;

import io.micronaut.context.ApplicationContext;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * One real PostgreSQL and one Micronaut context for the whole test JVM, migrated by Flyway as in
 * production. Tests share them and stay apart by using a fresh shop each, which is also how the
 * application keeps shops apart.
 */
public final class TestDatabase {
    private static final ApplicationContext CONTEXT = start();

    private TestDatabase() {
    }

    public static ApplicationContext context() {
        return CONTEXT;
    }

    private static ApplicationContext start() {
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
        ApplicationContext context = ApplicationContext.run(Map.of(
                "datasources.default.url", postgres.getJdbcUrl("postgres", "postgres"),
                "datasources.default.username", "postgres",
                "datasources.default.password", "",
                "datasources.default.dialect", "POSTGRES",
                "flyway.datasources.default.enabled", true));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.close();
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        return context;
    }
}
