package com.cartwise.bootstrap.cli;

import static com.cartwise.bootstrap.cli.CliRun.cartwise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.robustness.RestCalls;
import com.cartwise.bootstrap.server.CartwiseServer;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code cartwise train} against a real running Cartwise: what it prints and the exit code for each way a training ends. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TrainCommandTest {
    private static final AtomicInteger SHOPS = new AtomicInteger();
    private static CartwiseServer server;
    private static RestCalls rest;
    @TempDir
    static Path dataDirectory;
    @TempDir
    Path files;

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
    void trainsAnImportedShopAndPrintsTheModelItStoredHowItWasJudgedAndWhereTheWholeEvaluationIs() {
        String shop = importedShop();

        CliRun run = cartwise("train", "--shop", shop, "--server", rest.base(), "--no-progress");

        assertEquals(0, run.exit(), run.toString());
        // Three orders, #1001 to #1003; four catalogue variants, three of them ever sold.
        assertTrue(run.out().contains("  model version 1 ranks by co_occurrence: learned from 3 orders (3 baskets, 5 lines, 0 not in"
                + " the catalogue)"), run.toString());
        // #1003 (wax, gloves) is the one validation order: gloves held out, wax the cart. The training orders #1001 (wax, poles) and
        // #1002 (gloves) give wax one neighbour, poles; the reference ranks neighbours only and misses, co-occurrence as served fills
        // its second place with the best sellers not in the cart (poles, gloves: one order each), as best sellers alone do: a hit.
        assertTrue(run.out().contains("""
                  judged on the newest 1 order (1 case), by hit_rate@2 under last_item:
                    1.0000  co_occurrence: this model's scorer, chosen
                    0.0000  co_occurrence: the reference POS method's best
                    1.0000  best sellers
                """), run.toString());
        Matcher evaluation = Pattern.compile("the whole evaluation: " + Pattern.quote(rest.base()) + "(/api/v1/shops/" + shop
                + "/models/1)\n").matcher(run.out());
        assertTrue(evaluation.find(), run.toString());
        assertEquals(200, rest.get(evaluation.group(1)).statusCode());
    }

    @Test
    void aScorerAskedForIsJudgedBesideTheOneTheEvaluationChose() {
        String shop = importedShop();

        CliRun run = cartwise("train", "--shop", shop, "--metric", "lift", "--server", rest.base(), "--no-progress");

        assertEquals(0, run.exit(), run.toString());
        // Lift as served also ranks poles first and fills with gloves: a hit, as co-occurrence's, the simpler scorer, chosen on the tie.
        assertTrue(run.out().contains("    1.0000  lift: this model's scorer, as asked\n    1.0000  co_occurrence: the evaluation's choice\n"),
                run.toString());
    }

    @Test
    void aChosenScorerIsTheOneTheModelRanksBy() {
        String shop = importedShop();

        CliRun run = cartwise("train", "--shop", shop, "--metric", "cosine", "--server", rest.base(), "--no-progress");

        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("  model version 1 ranks by cosine:"), run.toString());
    }

    @Test
    void aShopWithoutOrdersExitsWith4NothingToLearn() {
        String shop = newShop();

        CliRun run = cartwise("train", "--shop", shop, "--server", rest.base(), "--no-progress");

        assertEquals(4, run.exit(), run.toString());
        assertTrue(run.err().contains("failed (nothing-to-learn): "), run.toString());
    }

    @Test
    void anUnknownScorerExitsWith2NamingIt() {
        String shop = importedShop();

        CliRun run = cartwise("train", "--shop", shop, "--metric", "astrology", "--server", rest.base());

        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("Cartwise refused the training (400 "), run.toString());
        assertTrue(run.err().contains("astrology"), run.toString());
    }

    @Test
    void withoutAKeyItSaysHowToGiveOneBeforeCallingTheServer() {
        CliRun run = CliRun.cartwiseAsTyped("train", "--shop", "demo", "--server", rest.base(),
                "--api-key", " ");

        assertEquals(JobExitCodes.USAGE, run.exit(), run.toString());
        assertTrue(run.err().contains(ApiKeyOption.NONE_GIVEN), run.toString());
    }

    @Test
    void anUnknownShopExitsWith2() {
        CliRun run = cartwise("train", "--shop", "no-such-shop", "--server", rest.base());

        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("(404 shop-not-found): There is no shop 'no-such-shop'"), run.toString());
    }

    private String importedShop() {
        String shop = newShop();
        CliRun imported = cartwise("import", "--shop", shop, "--server", rest.base(), "--no-progress",
                AlpineFiles.write(files, "products_export.csv", AlpineFiles.PRODUCTS).toString(),
                AlpineFiles.write(files, "orders_export.csv", AlpineFiles.ORDERS).toString());
        assertEquals(0, imported.exit(), imported.toString());
        return shop;
    }

    private static String newShop() {
        String shop = "train-" + SHOPS.incrementAndGet();
        rest.createShop(shop);
        return shop;
    }
}
