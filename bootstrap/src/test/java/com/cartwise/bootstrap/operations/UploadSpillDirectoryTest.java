package com.cartwise.bootstrap.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.robustness.RestCalls;
import com.cartwise.bootstrap.server.CartwiseServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A part cut off by the multipart size limit is answered 413 by Micronaut before Cartwise sees the
 * request, and Micronaut leaves the part's spilled file behind: it must not outlive the server.
 */
class UploadSpillDirectoryTest {
    private static final String LOCATION = "micronaut.server.multipart.location";

    @TempDir
    Path temp;

    @Test
    void whatAnOverLimitUploadSpillsIsGoneOnceTheServerStops() throws Exception {
        Path spills;
        try (CartwiseServer server = TestServers.embedded(temp.resolve("db"), Map.of(
                "micronaut.server.multipart.max-file-size", "64KB", "micronaut.server.multipart.threshold", "16"))) {
            spills = Path.of(server.context().getProperty(LOCATION, String.class).orElseThrow());
            assertEquals(Path.of(System.getProperty("java.io.tmpdir")).resolve("cartwise-uploads-" + ProcessHandle.current().pid()),
                    spills.getParent(), "a directory of this server's own under the process's");
            RestCalls rest = new RestCalls(server.httpPort());
            rest.createShop("big");

            HttpResponse<String> refused = rest.upload("/api/v1/shops/big/imports", "orders.csv", "Name,Lineitem sku\n".repeat(20_000));

            assertEquals(413, refused.statusCode(), refused.body());
            assertTrue(spilledFiles(spills) > 0, "Micronaut keeps the cut-off part: the reason this directory is removed at stop");
        }
        assertFalse(Files.exists(spills), "removed with the server");
    }

    private static long spilledFiles(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }
}
