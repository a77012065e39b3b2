package com.cartwise.bootstrap.cli.mining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cartwise mine} on small basket files of its own, each result counted by hand. */
class MineCommandTest {
    /**
     * Han and Kamber's nine transactions (Data Mining: Concepts and Techniques, the FP-Growth
     * example), items I1..I5 as 1..5. At a support of 2 baskets: 1 in 6, 2 in 7, 3 in 6, 4 in 2,
     * 5 in 2; {1,2} 4, {1,3} 4, {2,3} 4, {1,5} 2, {2,4} 2, {2,5} 2, {1,2,3} 2, {1,2,5} 2.
     */
    static final String NINE_BASKETS = "1 2 5\n2 4\n2 3\n1 2 4\n1 3\n2 3\n1 3\n1 2 3 5\n1 2 3\n";
    static final List<String> NINE_BASKETS_ITEMSETS = List.of("1 #SUP: 6", "2 #SUP: 7", "3 #SUP: 6", "4 #SUP: 2", "5 #SUP: 2",
            "1 2 #SUP: 4", "1 3 #SUP: 4", "2 3 #SUP: 4", "1 5 #SUP: 2", "2 4 #SUP: 2", "2 5 #SUP: 2", "1 2 3 #SUP: 2", "1 2 5 #SUP: 2");

    @TempDir
    Path files;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
    }

    static CliRun mine(Object... args) {
        return CliRun.cartwise(Arrays.stream(args).map(String::valueOf).toArray(String[]::new));
    }

    static List<String> sorted(String output) {
        return output.lines().filter(l -> !l.isBlank()).sorted().toList();
    }

    @Test
    void writesEveryFrequentItemsetWithItsSupportCountInSpmfsFormat() throws IOException {
        Path baskets = write("nine.dat", NINE_BASKETS);

        CliRun run = mine("mine", baskets, "--min-support", "2");

        assertEquals(0, run.exit(), run.toString());
        assertEquals(NINE_BASKETS_ITEMSETS.stream().sorted().toList(), sorted(run.out()));
        assertTrue(run.err().contains("Read 9 baskets of 5 items from nine.dat (spmf)"), run.err());
        assertTrue(run.err().contains("Mined 13 frequent itemsets at a minimum support of 2 baskets (2 of 9 baskets)"), run.err());
    }

    @Test
    void aShareOfTheBasketsIsRoundedUpToACount() throws IOException {
        Path baskets = write("nine.dat", NINE_BASKETS);

        CliRun asShare = mine("mine", baskets, "--min-support", "0.22");
        CliRun asPercentage = mine("mine", baskets, "--min-support", "22%");

        // 0.22 of 9 baskets is 1.98: an itemset needs 2.
        assertEquals(NINE_BASKETS_ITEMSETS.stream().sorted().toList(), sorted(asShare.out()));
        assertEquals(sorted(asShare.out()), sorted(asPercentage.out()));
        assertTrue(asShare.err().contains("at a minimum support of 22% (2 of 9 baskets)"), asShare.err());
    }

    @Test
    void maxLenCapsTheItemsetsLength() throws IOException {
        CliRun run = mine("mine", write("nine.dat", NINE_BASKETS), "--min-support", "2", "--max-len", "1");

        assertEquals(List.of("1 #SUP: 6", "2 #SUP: 7", "3 #SUP: 6", "4 #SUP: 2", "5 #SUP: 2"), sorted(run.out()));
    }

    @Test
    void writesTheRulesOfAtLeastTheMinimumConfidenceWithLift() throws IOException {
        CliRun run = mine("mine", write("nine.dat", NINE_BASKETS), "--min-support", "2", "--rules", "--min-confidence", "0.7");

        // Only rules whose antecedent never occurs without the consequent reach 0.7 here; lift = 2·9 / (n(X)·n(Y)).
        assertEquals(0, run.exit(), run.toString());
        assertEquals(List.of(
                "1 5 ==> 2 #SUP: 2 #CONF: 1 #LIFT: 1.28571",
                "2 5 ==> 1 #SUP: 2 #CONF: 1 #LIFT: 1.5",
                "4 ==> 2 #SUP: 2 #CONF: 1 #LIFT: 1.28571",
                "5 ==> 1 #SUP: 2 #CONF: 1 #LIFT: 1.5",
                "5 ==> 1 2 #SUP: 2 #CONF: 1 #LIFT: 2.25",
                "5 ==> 2 #SUP: 2 #CONF: 1 #LIFT: 1.28571"), sorted(run.out()));
        assertTrue(run.err().contains("Derived 6 rules at a minimum confidence of 0.7"), run.err());
    }

    @Test
    void namedItemsAreNumberedInOrderOfFirstAppearanceUnderSpmfsTextHeader() throws IOException {
        Path groceries = write("groceries.csv", "whole milk,yogurt,bread\nwhole milk,bread\nyogurt,coffee\nwhole milk,yogurt\ncoffee\n");

        CliRun run = mine("mine", groceries, "--min-support", "2");

        assertEquals(0, run.exit(), run.toString());
        assertEquals(List.of("@CONVERTED_FROM_TEXT", "@ITEM=1=whole milk", "@ITEM=2=yogurt", "@ITEM=3=bread", "@ITEM=4=coffee"),
                run.out().lines().limit(5).toList());
        assertEquals(List.of("1 #SUP: 3", "1 2 #SUP: 2", "1 3 #SUP: 2", "2 #SUP: 3", "3 #SUP: 2", "4 #SUP: 2"),
                sorted(run.out()).stream().filter(l -> !l.startsWith("@")).toList());
        assertTrue(run.err().contains("from groceries.csv (baskets)"), run.err());
    }

    @Test
    void aTransactionFilesInvoiceMetAgainLaterIsOneBasket() throws IOException {
        Path bakery = write("bakery.csv", """
                Date,Time,Transaction,Item
                2016-10-30,09:58:11,1,Bread
                2016-10-30,09:58:11,1,Coffee
                2016-10-30,10:05:34,2,Coffee
                2016-10-30,10:05:34,2,Pastry
                2016-10-30,10:07:57,3,Bread
                2016-10-30,10:07:57,3,Coffee
                2016-10-30,10:08:41,1,Pastry
                """);

        CliRun run = mine("mine", bakery, "--min-support", "2");

        // Invoice 1 is Bread, Coffee and Pastry: {Coffee, Pastry} is in 2 of 3 baskets, as it would not be in 4.
        assertEquals(0, run.exit(), run.toString());
        assertEquals(List.of("1 #SUP: 2", "1 2 #SUP: 2", "2 #SUP: 3", "2 3 #SUP: 2", "3 #SUP: 2"),
                sorted(run.out()).stream().filter(l -> !l.startsWith("@")).toList());
        assertTrue(run.out().startsWith("@CONVERTED_FROM_TEXT\n@ITEM=1=Bread\n@ITEM=2=Coffee\n@ITEM=3=Pastry\n"), run.out());
        assertTrue(run.err().contains("Read 3 baskets of 3 items from bakery.csv (transactions)"), run.err());
    }

    @Test
    void writesToTheOutputFileAndNothingToStdout() throws IOException {
        Path out = files.resolve("itemsets.txt");

        CliRun run = mine("mine", write("nine.dat", NINE_BASKETS), "--min-support", "2", "--output", out);

        assertEquals(0, run.exit(), run.toString());
        assertEquals("", run.out());
        assertEquals(NINE_BASKETS_ITEMSETS.stream().sorted().toList(), sorted(Files.readString(out)));
        assertTrue(run.err().contains("Wrote 13 itemsets to " + out), run.err());
        try (var left = Files.list(files)) {
            assertEquals(List.of("itemsets.txt", "nine.dat"), left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aBadTokenIsNamedByFileLineAndColumnAndNothingIsWritten() throws IOException {
        Path bad = write("bad.dat", "1 2 5\n2 4\n2 x3\n");
        Path out = files.resolve("itemsets.txt");

        CliRun run = mine("mine", bad, "--min-support", "2", "--output", out);

        assertEquals(MineCommand.EXIT_BAD_FILE, run.exit(), run.toString());
        assertEquals("bad.dat line 3, column 3: 'x' cannot start or continue an item id; items are non-negative integers"
                + " separated by spaces", run.err().strip());
        assertFalse(Files.exists(out));
    }

    @Test
    void aFileOfProductsIsNoBasketFile() throws IOException {
        Path products = write("products_export.csv", "Handle,Title,Variant SKU,Variant Price\nski,Ski,SKI-1,350.00\n");

        CliRun run = mine("mine", products, "--min-support", "2");

        assertEquals(MineCommand.EXIT_BAD_FILE, run.exit(), run.toString());
        assertEquals("products_export.csv line 1: is a products file, which holds no baskets: mine a file of baskets, transactions"
                + " or orders", run.err().strip());
    }

    @Test
    void aFileOfNoKnownKindIsNamedAsSuch() throws IOException {
        CliRun run = mine("mine", write("notes.txt", "Dear customer,\nthank you for your order.\n"), "--min-support", "2");

        assertEquals(MineCommand.EXIT_BAD_FILE, run.exit(), run.toString());
        assertEquals("notes.txt line 1: is no basket file Cartwise knows: item numbers separated by spaces (SPMF), one basket per"
                + " line, a transaction file or a Shopify orders export", run.err().strip());
    }

    @Test
    void aGuardAgainstExplosionStopsWithItsCodeAndTheOptionToChangeAndWritesNothing() throws IOException {
        // One basket of 25 items, twice: at a support of 2, every one of its 2^25 - 1 subsets is frequent.
        String basket = IntStream.rangeClosed(1, 25).mapToObj(String::valueOf).collect(Collectors.joining(" "));
        Path out = files.resolve("itemsets.txt");

        CliRun run = mine("mine", write("wholesale.dat", basket + "\n" + basket + "\n"), "--min-support", "2", "--output", out);

        assertEquals(MineCommand.EXIT_GUARD, run.exit(), run.toString());
        assertTrue(run.err().contains("Mining stopped (mining.too_many_itemsets): "), run.err());
        assertTrue(run.err().strip().endsWith("Option: --max-itemsets."), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aBasketLargerThanTheLimitIsLeftOutAndCounted() throws IOException {
        CliRun run = mine("mine", write("nine.dat", NINE_BASKETS + "1 2 3 4 5 6\n"), "--min-support", "2", "--max-basket-size", "5");

        assertEquals(NINE_BASKETS_ITEMSETS.stream().sorted().toList(), sorted(run.out()));
        assertTrue(run.err().contains("left out 1 baskets of more than 5 items (--max-basket-size)"), run.err());
    }

    @Test
    void wrongUsageExitsWithOneAndSaysWhy() throws IOException {
        Path baskets = write("nine.dat", NINE_BASKETS);

        CliRun noSupport = mine("mine", baskets);
        CliRun zeroSupport = mine("mine", baskets, "--min-support", "0");
        CliRun words = mine("mine", baskets, "--min-support", "often");
        CliRun rulesWithoutConfidence = mine("mine", baskets, "--min-support", "2", "--rules");
        CliRun missing = mine("mine", files.resolve("absent.dat"), "--min-support", "2");
        CliRun unknownFormat = mine("mine", baskets, "--min-support", "2", "--format", "xlsx");

        for (CliRun run : List.of(noSupport, zeroSupport, words, rulesWithoutConfidence, missing, unknownFormat)) {
            assertEquals(MineCommand.EXIT_USAGE, run.exit(), run.toString());
        }
        assertTrue(noSupport.err().contains("Missing required option: '--min-support=S'"), noSupport.err());
        assertTrue(zeroSupport.err().contains("a number of baskets must be at least 1, but was 0"), zeroSupport.err());
        assertTrue(words.err().contains("'often' is neither a share of the baskets"), words.err());
        assertTrue(rulesWithoutConfidence.err().contains("--rules needs --min-confidence"), rulesWithoutConfidence.err());
        assertTrue(missing.err().contains("absent.dat: no such readable file"), missing.err());
        assertTrue(unknownFormat.err().contains("must be one of auto, spmf, baskets, transactions, orders, but was 'xlsx'"),
                unknownFormat.err());
    }

    @Test
    void helpListsTheExitCodesAndTheDomainsGuards() {
        CliRun run = mine("mine", "--help");

        String help = run.out().replaceAll("\\s+", " ");
        assertEquals(0, run.exit());
        assertTrue(help.contains("Stop at more frequent itemsets than this (default: 1000000)"), help);
        assertTrue(help.contains("or a number of baskets (89)"), help);
        assertTrue(help.contains("3 a guard against explosion stopped mining"), help);
        assertEquals("", run.err());
    }
}
