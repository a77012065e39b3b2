package com.cartwise.bootstrap.cli;

import static com.cartwise.bootstrap.cli.CliRun.cartwise;
import static com.cartwise.bootstrap.cli.CliRun.cartwiseAsTyped;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.robustness.RestCalls;
import com.cartwise.bootstrap.server.CartwiseServer;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code cartwise shops create} and {@code cartwise shops issue-key} against a real running Cartwise. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ShopsCommandTest {
    private static CartwiseServer server;
    private static RestCalls rest;
    @TempDir
    static Path dataDirectory;

    @BeforeAll
    static void startCartwise() {
        server = TestServers.embedded(dataDirectory, Map.of());
        rest = new RestCalls(server.httpPort());
    }

    @AfterAll
    static void stopCartwise() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aShopCreatedAndAKeyIssuedFromTheCommandLineTakeTheShopsCalls() {
        CliRun created = cartwise("shops", "create", "--shop", "corner-shop", "--name", "Corner Shop", "--currency", "EUR",
                "--server", rest.base());
        CliRun issued = cartwise("shops", "issue-key", "--shop", "corner-shop", "--label", "back office", "--server",
                rest.base());

        assertEquals(0, created.exit(), created.toString());
        assertTrue(created.out().startsWith("Created shop corner-shop (Corner Shop, prices in EUR)."), created.toString());
        assertEquals(200, rest.get("/api/v1/shops/corner-shop").statusCode());
        assertEquals(0, issued.exit(), issued.toString());
        String key = issued.out().strip();
        assertTrue(key.startsWith("cw_") && !key.contains("\n"), "the key alone on stdout: " + issued);
        assertTrue(issued.err().contains(" for shop corner-shop (back office). It is shown this once"), issued.toString());
        // The shop's own key reaches the shop: a training there is refused for want of orders, not of a key.
        CliRun trained = cartwiseAsTyped("train", "--shop", "corner-shop", "--server", rest.base(), "--api-key", key,
                "--no-progress");
        assertEquals(JobExitCodes.FAILED, trained.exit(), trained.toString());
        assertTrue(trained.err().contains("nothing-to-learn"), trained.toString());
        // ... and only that shop: creating another one is the operator's call.
        CliRun notTheOperator = cartwiseAsTyped("shops", "create", "--shop", "other-shop", "--name", "Other",
                "--currency", "EUR", "--server", rest.base(), "--api-key", key);
        assertEquals(JobExitCodes.REFUSED, notTheOperator.exit(), notTheOperator.toString());
        assertTrue(notTheOperator.err().contains("(403 forbidden)"), notTheOperator.toString());
    }

    @Test
    void aTakenIdOrABadCurrencyIsRefusedNamingWhy() {
        assertEquals(0, cartwise("shops", "create", "--shop", "taken-shop", "--name", "Taken", "--currency", "EUR", "--server",
                rest.base()).exit());

        CliRun again = cartwise("shops", "create", "--shop", "taken-shop", "--name", "Taken", "--currency", "EUR",
                "--server", rest.base());
        CliRun badCurrency = cartwise("shops", "create", "--shop", "euro-shop", "--name", "Euro", "--currency", "EURO",
                "--server", rest.base());

        assertEquals(JobExitCodes.REFUSED, again.exit(), again.toString());
        assertTrue(again.err().startsWith("Cartwise refused the shop (409 shop-exists): "), again.toString());
        assertEquals(JobExitCodes.REFUSED, badCurrency.exit(), badCurrency.toString());
        assertTrue(badCurrency.err().contains("(400 invalid-input): currency: "), badCurrency.toString());
        assertEquals(404, rest.get("/api/v1/shops/euro-shop").statusCode());
    }

    @Test
    void anImportIntoAShopThatDoesNotExistSaysHowToCreateIt(@TempDir Path files) {
        CliRun run = cartwise("import", "--shop", "new-shop", "--server", rest.base(), "--no-progress",
                AlpineFiles.write(files, "products_export.csv", AlpineFiles.PRODUCTS).toString());

        assertEquals(JobExitCodes.REFUSED, run.exit(), run.toString());
        assertTrue(run.err().contains("There is no shop 'new-shop': create it first (POST /api/v1/shops, or cartwise shops create"
                + " --shop new-shop)"), run.toString());
    }

    @Test
    void aKeyForAShopThatDoesNotExistIsRefused() {
        CliRun run = cartwise("shops", "issue-key", "--shop", "no-such-shop", "--server", rest.base());

        assertEquals(JobExitCodes.REFUSED, run.exit(), run.toString());
        assertTrue(run.err().contains("(404 shop-not-found)"), run.toString());
        assertEquals("", run.out());
    }

    @Test
    void nothingAnswersThereExitsWith3() {
        CliRun run = cartwise("shops", "create", "--shop", "lost-shop", "--name", "Lost", "--currency", "EUR",
                "--server", "http://127.0.0.1:1");

        assertEquals(JobExitCodes.UNREACHABLE, run.exit(), run.toString());
        assertTrue(run.err().contains("nothing answers there"), run.toString());
    }
}
