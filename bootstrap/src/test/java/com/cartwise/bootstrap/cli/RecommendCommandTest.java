package com.cartwise.bootstrap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.Cartwise;
import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.robustness.ChildJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cartwise recommend} where nothing answers, as a POS developer first meets it (answers and
 * refusals from a running Cartwise: CartwiseEndToEndTest).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RecommendCommandTest {
    @TempDir
    Path temp;

    @Test
    void aPortNothingListensOnExitsWith3SayingSoAsTheRestCommandsDo() {
        int port = TestServers.freePort();

        CliRun run = CliRun.cartwise("recommend", "--port", Integer.toString(port), "--shop", "demo",
                "--sku", "SKI-160");

        assertEquals(RecommendCommand.EXIT_UNREACHABLE, run.exit(), run.toString());
        assertTrue(run.err().contains("Cannot reach Cartwise at localhost:" + port + ": nothing answers there"), run.toString());
    }

    @Test
    void theAddressMayBeGivenAsOneHostAndPortValue() {
        int port = TestServers.freePort();

        CliRun run = CliRun.cartwise("recommend", "--server", "127.0.0.1:" + port, "--shop", "demo",
                "--sku", "SKI-160");

        assertEquals(RecommendCommand.EXIT_UNREACHABLE, run.exit(), run.toString());
        assertTrue(run.err().contains("Cannot reach Cartwise at 127.0.0.1:" + port + ": nothing answers there"), run.toString());
    }

    @Test
    void aRestUrlOrAnAddressGivenTwiceIsWrongUsageNamingServer() {
        CliRun url = CliRun.cartwise("recommend", "--server", "http://localhost:8080", "--shop", "demo",
                "--sku", "SKI-160");
        CliRun twice = CliRun.cartwise("recommend", "--server", "localhost:50051", "--port", "50052",
                "--shop", "demo", "--sku", "SKI-160");
        CliRun noPort = CliRun.cartwise("recommend", "--server", "localhost", "--shop", "demo",
                "--sku", "SKI-160");

        assertEquals(2, url.exit(), url.toString());
        assertTrue(url.err().contains("--server: 'http://localhost:8080' is a URL, but recommend speaks gRPC"), url.toString());
        assertEquals(2, twice.exit(), twice.toString());
        assertTrue(twice.err().contains("--server: give the gRPC address either as --server HOST:PORT or as --host and --port, not both"),
                twice.toString());
        assertEquals(2, noPort.exit(), noPort.toString());
        assertTrue(noPort.err().contains("--server: 'localhost' is not HOST:PORT with a port from 1 to 65535"), noPort.toString());
    }

    @Test
    void withoutAKeyItSaysHowToGiveOneAndCallsNothing() {
        int port = TestServers.freePort();

        CliRun run = CliRun.cartwiseAsTyped("recommend", "--port", Integer.toString(port),
                "--shop", "demo", "--sku", "SKI-160", "--api-key", "");

        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains(ApiKeyOption.NONE_GIVEN), run.toString());
        assertFalse(run.err().contains("nothing answers there"), run.toString());
    }

    @Test
    void itsOwnJvmPrintsNoWarningsAboutNettysUseOfUnsafe() {
        // JDK 24 and later warn on standard error when Netty first uses sun.misc.Unsafe, as the server does
        ChildJvm cli = ChildJvm.start(temp.resolve("cli.log"), List.of("-Xmx128m"), Cartwise.class.getName(), "recommend",
                "--port", Integer.toString(TestServers.freePort()), "--shop", "demo", "--sku", "SKI-160", "--api-key", "any");

        int exit = cli.awaitExit(Duration.ofSeconds(30));

        String output = cli.output();
        assertEquals(RecommendCommand.EXIT_UNREACHABLE, exit, output);
        assertTrue(output.contains("nothing answers there"), output);
        assertFalse(output.contains("sun.misc.Unsafe"), output);
    }
}
