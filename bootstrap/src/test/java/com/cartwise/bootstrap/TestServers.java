package com.cartwise.bootstrap;

import com.cartwise.bootstrap.server.CartwiseServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Starts whole Cartwise instances for tests: random ports, a data directory of the test's own. */
public final class TestServers {
    /** The operator key every test server is configured with; the tests' clients send it. */
    public static final String OPERATOR_KEY = "bootstrap-tests-operator-key-0123456789abcdef";
    /** {@code Authorization} header value carrying {@link #OPERATOR_KEY}. */
    public static final String OPERATOR_BEARER = "Bearer " + OPERATOR_KEY;
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

    /** gRPC has no "any free port" setting of its own, so take one the OS just handed out. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
