package com.cartwise.bootstrap;

import com.cartwise.bootstrap.server.CartwiseServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Starts whole Cartwise instances for tests: random ports, a data directory of the test's own. */
public final class TestServers {
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
        properties.put("cartwise.imports.upload-directory", dataDirectory.resolveSibling(dataDirectory.getFileName() + "-uploads").toString());
        // No test calls OpenAI with a key it found in the environment: a test that wants AI copy sets a key and a local server.
        properties.put("cartwise.copy.openai.api-key", "");
        return properties;
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
