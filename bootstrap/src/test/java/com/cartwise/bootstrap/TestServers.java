package com.cartwise.bootstrap;

import com.cartwise.bootstrap.server.CartwiseServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Starts whole Cartwise instances for tests: random ports, a data directory of the test's own. */
public final class TestServers {
    /** The operator key every test server is configured with; the tests' clients send it. */
    public static final String OPERATOR_KEY = "bootstrap-tests-operator-key-0123456789abcdef";
    /** {@code Authorization} header value carrying {@link #OPERATOR_KEY}. */
    public static final String OPERATOR_BEARER = "Bearer " + OPERATOR_KEY;
    private static final int PORTS_PER_JVM = 5_000;
    private static final int FIRST_PORT = 12_000 + Math.floorMod(Integer.getInteger("cartwise.test.fork", 1) - 1, 4) * PORTS_PER_JVM;
    /** Where this JVM starts in its share: a random place, so that a run right after another does not meet its ports. */
    private static final AtomicInteger NEXT_PORT = new AtomicInteger(ThreadLocalRandom.current().nextInt(PORTS_PER_JVM));

    private TestServers() {
    }

    public static CartwiseServer embedded(Path dataDirectory) {
        return embedded(dataDirectory, Map.of());
    }

    /** @param overrides settings that win over the tests' defaults (e.g. the durable database a merchant gets) */
    public static CartwiseServer embedded(Path dataDirectory, Map<String, Object> overrides) {
        Map<String, Object> properties = randomPorts(dataDirectory);
        properties.putAll(overrides);
        return CartwiseServer.start(properties, null);
    }

    public static CartwiseServer withDatabaseUrl(String databaseUrl, Path unusedDataDirectory) {
        return withDatabaseUrl(databaseUrl, unusedDataDirectory, Map.of());
    }

    public static CartwiseServer withDatabaseUrl(String databaseUrl, Path unusedDataDirectory, Map<String, Object> overrides) {
        Map<String, Object> properties = randomPorts(unusedDataDirectory);
        properties.putAll(overrides);
        return CartwiseServer.start(properties, databaseUrl);
    }

    private static Map<String, Object> randomPorts(Path dataDirectory) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("grpc.server.port", freePort());
        // The embedded PostgreSQL's too: left to choose, it takes one the OS hands out, which a client socket may take first.
        properties.put(CartwiseServer.EMBEDDED_PORT, freePort());
        properties.put(CartwiseServer.DATA_DIRECTORY, dataDirectory.toString());
        // Test data is thrown away: no fsync. Uploads wait beside the test's database.
        properties.put(CartwiseServer.EMBEDDED_DURABLE, false);
        properties.put("cartwise.imports.upload-directory", uploadsBeside(dataDirectory).toString());
        // No test calls OpenAI with a key it found in the environment: a test that wants AI copy sets a key and a local server.
        properties.put("cartwise.copy.openai.api-key", "");
        properties.put("cartwise.security.admin-key", OPERATOR_KEY);
        return properties;
    }

    /**
     * Beside, not inside, the data directory, which the embedded PostgreSQL wants empty; outside
     * the test's temporary directory, so removed when the JVM exits (imports delete their uploads,
     * so it is empty by then; one that is not stays, to be looked at).
     */
    private static Path uploadsBeside(Path dataDirectory) {
        Path uploads = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-uploads");
        try {
            Files.createDirectories(uploads);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the test's upload directory " + uploads, e);
        }
        uploads.toFile().deleteOnExit();
        return uploads;
    }

    /** Sends the operator key in every call's metadata. */
    public static io.grpc.ClientInterceptor operatorKey() {
        return headerInterceptor(OPERATOR_BEARER);
    }

    /** Sends this {@code authorization} metadata in every call, e.g. {@code Bearer <a shop's key>}. */
    public static io.grpc.ClientInterceptor headerInterceptor(String authorization) {
        io.grpc.Metadata headers = new io.grpc.Metadata();
        headers.put(io.grpc.Metadata.Key.of("authorization", io.grpc.Metadata.ASCII_STRING_MARSHALLER), authorization);
        return io.grpc.stub.MetadataUtils.newAttachHeadersInterceptor(headers);
    }

    /** The arguments with the operator key added before {@code --shop}: every command that names a shop calls the server. */
    public static String[] withOperatorKey(String... args) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(args));
        int shop = all.indexOf("--shop");
        if (shop >= 0) {
            all.addAll(shop, java.util.List.of("--api-key", TestServers.OPERATOR_KEY));
        }
        return all.toArray(String[]::new);
    }

    /**
     * A port for a server a test starts (gRPC has no "any free port" setting of its own). Chosen below the range Linux
     * hands to outgoing connections (32768 and up), so that no client socket can take it between this choice and the
     * server's bind, and from this test JVM's own share of that range, so that the test JVMs of a parallel run
     * (surefire's fork number, {@code cartwise.test.fork}) never choose the same one.
     */
    public static int freePort() {
        for (int tries = 0; tries < PORTS_PER_JVM; tries++) {
            int port = FIRST_PORT + Math.floorMod(NEXT_PORT.getAndIncrement(), PORTS_PER_JVM);
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(port));
                return port;
            } catch (IOException taken) {
                // by a server of an earlier run that has not let go yet: the next one
            }
        }
        throw new IllegalStateException("no free port between " + FIRST_PORT + " and " + (FIRST_PORT + PORTS_PER_JVM - 1));
    }
}
