package com.cartwise.bootstrap.operations;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.robustness.ServerProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator who sets CARTWISE_LOG_FORMAT=json hands the server's output to a log collector:
 * from the first line to "Cartwise is up", every line it prints is a JSON object.
 */
class JsonLogStreamTest {
    @TempDir
    Path temp;

    @Test
    void aServerStartedForALogCollectorPrintsOnlyJsonObjects() throws Exception {
        Path data = temp.resolve("postgres");
        ServerProcess server = null;
        try {
            server = ServerProcess.start(data, temp.resolve("uploads"), temp.resolve("server.log"),
                    List.of("-DCARTWISE_LOG_FORMAT=json"));
            ObjectMapper json = new ObjectMapper();
            List<String> lines = new ArrayList<>();
            boolean inJvmWarnings = false;
            for (String line : server.output().lines().toList()) {
                // the JVM's own warnings on standard error (JDK 24+ on Netty's use of sun.misc.Unsafe
                // and native access), blocks it ends with an empty line, are not the server's
                if (line.startsWith("WARNING: ") || inJvmWarnings && line.isEmpty()) {
                    inJvmWarnings = line.startsWith("WARNING: ");
                    continue;
                }
                inJvmWarnings = false;
                lines.add(line);
            }
            assertTrue(lines.size() > 3, "the server logged its start: " + lines);
            boolean up = false;
            for (String line : lines) {
                JsonNode event;
                try {
                    event = json.readTree(line);
                } catch (Exception e) {
                    throw new AssertionError("not a JSON line: " + line, e);
                }
                assertTrue(event.isObject() && event.has("level") && event.has("formattedMessage"), "not a log event: " + line);
                up |= event.get("formattedMessage").asText().startsWith("Cartwise is up");
            }
            assertTrue(up, "'Cartwise is up' is one of the JSON events");
        } finally {
            ServerProcess.stopAll(data, server);
        }
    }
}
