package com.cartwise.bootstrap.robustness;

import com.cartwise.bootstrap.Cartwise;
import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.server.CartwiseServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cartwise serve} in a JVM of its own, as an operator runs it: its embedded PostgreSQL in a
 * data directory of the test's, on ports of its own, with the durable database a merchant gets.
 */
public final class ServerProcess implements AutoCloseable {
    /** Generous for a cold JVM, initdb and migrations on a busy 2-core machine; bounded so that CI never hangs. */
    private static final Duration START_PATIENCE = Duration.ofSeconds(120);

    private final ChildJvm jvm;
    private final int httpPort;

    private ServerProcess(ChildJvm jvm, int httpPort) {
        this.jvm = jvm;
        this.httpPort = httpPort;
    }

    /**
     * @param settings -D system properties, e.g. a short job lease
     */
    public static ServerProcess start(Path dataDirectory, Path uploads, Path log, List<String> settings) {
        int httpPort = TestServers.freePort();
        List<String> options = new ArrayList<>(settings);
        options.add("-Dcartwise.imports.upload-directory=" + uploads);
        options.add("-Xmx512m");
        options.add("-D" + CartwiseServer.EMBEDDED_PORT + "=" + TestServers.freePort());
        options.add("-Dcartwise.security.admin-key=" + TestServers.OPERATOR_KEY);
        ChildJvm jvm = ChildJvm.start(log, options, Cartwise.class.getName(), "serve", "--data-dir", dataDirectory.toString(),
                "--http-port", Integer.toString(httpPort), "--grpc-port", Integer.toString(TestServers.freePort()));
        ServerProcess server = new ServerProcess(jvm, httpPort);
        try {
            jvm.awaitOutput("Cartwise is up", START_PATIENCE);
        } catch (AssertionError | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    public int httpPort() {
        return httpPort;
    }

    public String address() {
        return "http://localhost:" + httpPort;
    }

    public String output() {
        return jvm.output();
    }

    public long pid() {
        return jvm.pid();
    }

    /** SIGKILL, as the OOM killer or {@code kill -9} would: no shutdown hook runs. */
    public void kill() {
        jvm.kill();
    }

    /**
     * Stops the servers a test started (the null ones were never started), then the PostgreSQL a
     * server killed and never followed by another left behind in the data directory.
     */
    public static void stopAll(Path dataDirectory, ServerProcess... servers) {
        for (ServerProcess server : servers) {
            if (server != null) {
                server.close();
            }
        }
        Databases.stopLeftPostmaster(dataDirectory);
    }

    /** SIGTERM: its shutdown hooks stop the HTTP servers and the embedded PostgreSQL. */
    @Override
    public void close() {
        jvm.close();
    }
}
