package com.cartwise.bootstrap.robustness;

import com.cartwise.bootstrap.server.CartwiseServer;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** What a test reads straight from a Cartwise's database: counts, settings, the embedded PostgreSQL's process. */
public final class Databases {
    private Databases() {
    }

    /** A connection of the running server's own pool (outside its transactions). */
    public static Connection connect(CartwiseServer server) {
        try {
            return DelegatingDataSource.unwrapDataSource(server.context().getBean(DataSource.class)).getConnection();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** A connection to the embedded PostgreSQL of a data directory, at the port its postmaster.pid names. */
    public static Connection connect(Path dataDirectory) {
        try {
            List<String> pid = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres", "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** The process of the PostgreSQL running in a data directory, if one runs there. */
    public static Optional<ProcessHandle> postmaster(Path dataDirectory) {
        try {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).getFirst().strip())).filter(ProcessHandle::isAlive);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops a PostgreSQL a killed process left running in the data directory (SIGTERM, then SIGKILL), so that no test leaves one behind. */
    public static void stopLeftPostmaster(Path dataDirectory) {
        postmaster(dataDirectory).ifPresent(left -> {
            left.destroy();
            try {
                left.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                left.destroyForcibly();
            }
        });
    }

    /** The first column of the one row a query answers, as text. */
    public static String single(Connection connection, String sql, Object... parameters) {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new AssertionError("no row: " + sql);
                }
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    public static long orders(Connection connection, String shop) {
        return Long.parseLong(single(connection, "SELECT count(*) FROM orders WHERE shop_id = ?", shop));
    }
}
