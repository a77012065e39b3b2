package com.cartwise.bootstrap.server;

import com.cartwise.bootstrap.database.DatabaseUrl;
import com.cartwise.bootstrap.database.EmbeddedDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.exceptions.ApplicationStartupException;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One running Cartwise: the database it uses (its own embedded PostgreSQL unless one is
 * configured), the Micronaut context, the REST server and the gRPC server. The command line and
 * the end-to-end tests start it the same way.
 */
public final class CartwiseServer implements AutoCloseable {
    /** Where the embedded PostgreSQL keeps its files (the --data-dir option). */
    public static final String DATA_DIRECTORY = "cartwise.embedded-database.data-directory";
    /** The embedded PostgreSQL's port; 0 lets it take any free one. */
    public static final String EMBEDDED_PORT = "cartwise.embedded-database.port";
    /** Whether the embedded PostgreSQL keeps fsync and synchronous commit on (tests switch it off). */
    public static final String EMBEDDED_DURABLE = "cartwise.embedded-database.durable";
    private static final String DATASOURCE_URL = "datasources.default.url";

    private final ApplicationContext context;
    private final EmbeddedDatabase embeddedDatabase;
    /** The HTTP server's spill directory when Cartwise chose it, or null when the operator named one. */
    private final UploadSpills uploadSpills;

    private CartwiseServer(ApplicationContext context, EmbeddedDatabase embeddedDatabase, UploadSpills uploadSpills) {
        this.context = context;
        this.embeddedDatabase = embeddedDatabase;
        this.uploadSpills = uploadSpills;
    }

    /**
     * @param overrides configuration that wins over application.yml and the environment
     *                  (the command line's options, or a test's random ports)
     * @param databaseUrl the {@code DATABASE_URL} environment variable, or null
     */
    public static CartwiseServer start(Map<String, Object> overrides, String databaseUrl) {
        Map<String, Object> properties = new HashMap<>(overrides);
        Configured configured = Configured.read(properties);
        EmbeddedDatabase embedded = null;
        if (databaseUrl != null && !databaseUrl.isBlank()) {
            useDatabase(properties, DatabaseUrl.parse(databaseUrl));
        } else if (configured.datasourceUrl().isEmpty()) {
            embedded = EmbeddedDatabase.start(configured.dataDirectory(), configured.embeddedPort(), configured.durable(),
                    notice -> org.slf4j.LoggerFactory.getLogger(CartwiseServer.class).warn(notice));
            useDatabase(properties, embedded.url());
        }
        UploadSpills spills = null;
        try {
            spills = UploadSpills.unlessNamed(configured.uploadSpillLocation(), Path.of(System.getProperty("java.io.tmpdir"))).orElse(null);
            if (spills != null) {
                properties.put(UploadSpills.LOCATION, spills.directory().toString());
            }
            ApplicationContext context = new StartOrThrow()
                    .banner(false)
                    .properties(properties)
                    .start();
            return new CartwiseServer(context, embedded, spills);
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            if (spills != null) {
                spills.remove();
            }
            throw e;
        }
    }

    /**
     * Micronaut ends the JVM (System.exit) when its context fails to start, outside tests: a
     * misconfigured start then left its embedded PostgreSQL running, orphaned, until the next
     * start found it. This one throws instead, so that {@link #start} stops the database and the
     * command line says why; and it first closes the half-started context, which Micronaut leaves
     * running: its job workers and flag refresh would otherwise go on polling the database as it
     * stops, and fill the operator's screen with broken-connection warnings before the reason.
     */
    private static final class StartOrThrow extends Micronaut {
        private ApplicationContext context;

        @Override
        protected ApplicationContext newApplicationContext() {
            context = super.newApplicationContext();
            return context;
        }

        @Override
        protected void handleStartupException(Environment environment, Throwable failure) {
            if (context != null && context.isRunning()) {
                try {
                    context.close();
                } catch (RuntimeException e) {
                    failure.addSuppressed(e);
                }
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ApplicationStartupException("Error starting Micronaut server: " + failure.getMessage(), failure);
        }
    }

    private static void useDatabase(Map<String, Object> properties, DatabaseUrl url) {
        properties.put(DATASOURCE_URL, url.jdbcUrl());
        if (!url.username().isEmpty()) {
            properties.put("datasources.default.username", url.username());
        }
        if (!url.password().isEmpty()) {
            properties.put("datasources.default.password", url.password());
        }
    }

    public ApplicationContext context() {
        return context;
    }

    public int httpPort() {
        return context.getBean(EmbeddedServer.class).getPort();
    }

    public int grpcPort() {
        return context.getBean(GrpcEmbeddedServer.class).getPort();
    }

    /** Where the embedded database keeps its files, if Cartwise runs its own. */
    public Optional<Path> embeddedDataDirectory() {
        return Optional.ofNullable(embeddedDatabase).map(EmbeddedDatabase::dataDirectory);
    }

    @Override
    public void close() {
        try {
            if (context.isRunning()) {
                context.close();
            }
        } finally {
            removeUploadSpills();
            if (embeddedDatabase != null) {
                embeddedDatabase.close();
            }
        }
    }

    private void removeUploadSpills() {
        if (uploadSpills != null) {
            uploadSpills.remove();
        }
    }

    /**
     * For a JVM shutdown hook: Micronaut's own hook stops the context (closing it from a second
     * hook deadlocks the HTTP server's stop), so this one waits for that, then stops the embedded
     * database, which must outlive the connection pool.
     */
    public void releaseDatabaseOnceStopped(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (context.isRunning() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        if (!context.isRunning()) {
            removeUploadSpills();
        }
        if (embeddedDatabase != null) {
            embeddedDatabase.close();
        }
    }

    /**
     * The database settings and where uploads spill, as Micronaut would resolve them (overrides,
     * system properties, environment variables, application.yml), read before the context starts
     * because the embedded database must be running before the data source is created, and the
     * spill directory chosen before the HTTP server reads it.
     */
    private record Configured(Optional<String> datasourceUrl, Path dataDirectory, int embeddedPort, boolean durable,
                              Optional<String> uploadSpillLocation) {
        static Configured read(Map<String, Object> overrides) {
            try (ApplicationContext probe = ApplicationContext.builder().properties(overrides).build()) {
                Environment environment = probe.getEnvironment().start();
                return new Configured(
                        environment.getProperty(DATASOURCE_URL, String.class).filter(s -> !s.isBlank()),
                        Path.of(environment.getProperty(DATA_DIRECTORY, String.class).orElse("data/postgres")),
                        environment.getProperty(EMBEDDED_PORT, Integer.class).orElse(0),
                        environment.getProperty(EMBEDDED_DURABLE, Boolean.class).orElse(true),
                        environment.getProperty(UploadSpills.LOCATION, String.class));
            }
        }
    }
}
