package com.cartwise.bootstrap.cli.evaluation;

import static com.cartwise.bootstrap.cli.CliRun.cartwise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.recommend.EvaluateBaskets;
import com.cartwise.bootstrap.cli.AlpineFiles;
import com.cartwise.bootstrap.cli.CliRun;
import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.orders.Baskets;
import com.cartwise.domain.recommend.evaluation.EvaluationSettings;
import com.cartwise.domain.recommend.learning.Tunables;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cartwise evaluate} on files the test writes, with no server and no database: the baskets
 * it evaluates are the ones worked out by hand from the files (its table is the one
 * {@link EvaluateBaskets} gives for them), and each way it ends has its exit code.
 */
class EvaluateCommandTest {
    /**
     * Items A, B, C are variants 1, 2, 3 (item codes in byte order). Invoice 1001 comes back on line
     * 7 and joins its first run; C1004 is a cancellation; 1005 sold nothing (NONE); 1006 returned an A.
     */
    static final String TRANSACTIONS = """
            InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice
            1001,B,Bread,2,2024-01-01 10:00:00,2.00
            1001,A,Apple,1,2024-01-01 10:00:00,1.00
            1002,B,Bread,1,2024-01-02 10:00:00,2.00
            1002,C,Cheese,1,2024-01-02 10:00:00,3.00
            1003,A,Apple,1,2024-01-03 10:00:00,1.00
            1001,C,Cheese,1,2024-01-01 10:00:00,3.00
            C1004,A,Apple,-1,2024-01-04 10:00:00,1.00
            1005,NONE,,1,2024-01-05 10:00:00,0.00
            1006,C,Cheese,1,2024-01-06 10:00:00,3.00
            1006,A,Apple,-1,2024-01-06 10:00:00,1.00
            1006,B,Bread,1,2024-01-06 10:00:00,2.00
            1007,A,Apple,1,2024-01-07 10:00:00,1.00
            1007,C,Cheese,1,2024-01-07 10:00:00,3.00
            """;
    static final List<Basket> TRANSACTION_BASKETS = List.of(
            basket("2024-01-01T10:00:00Z", 2, 1, 3),
            basket("2024-01-02T10:00:00Z", 2, 3),
            basket("2024-01-03T10:00:00Z", 1),
            basket("2024-01-06T10:00:00Z", 3, 2),
            basket("2024-01-07T10:00:00Z", 1, 3));

    @TempDir
    Path files;

    @Test
    void evaluatesTheBasketsATransactionFilesImportWouldTrainOn() {
        CliRun run = cartwise("evaluate", write("transactions.csv", TRANSACTIONS));

        assertEquals(0, run.exit(), run.toString());
        assertEquals(table(TRANSACTION_BASKETS, EvaluationSettings.DEFAULT_KS, EvaluateBaskets.Format.TEXT), run.out());
        assertTrue(run.err().contains("transactions.csv (transactions): 13 rows"), run.toString());
        assertTrue(run.err().contains("6 orders, 5 baskets from 10 lines (0 name no variant)"), run.toString());
        assertTrue(run.err().contains("1 rows name no item ('NONE')"), run.toString());
    }

    @Test
    void evaluatesShopifyExportsWhoseOrderLinesFindTheirVariantsInTheProductsExport() {
        // WAX 1, POLE-120 2, POLE-130 3, GLOVE 4: #1001 WAX + POLE-120, #1002 GLOVE, #1003 WAX + GLOVE (see AlpineFiles)
        CliRun run = cartwise("evaluate", write("products_export.csv", AlpineFiles.PRODUCTS), write("orders_export.csv", AlpineFiles.ORDERS));

        assertEquals(0, run.exit(), run.toString());
        assertEquals(table(List.of(basket("2025-01-01T09:00:00Z", 1, 2), basket("2025-01-02T09:00:00Z", 4),
                basket("2025-01-03T09:00:00Z", 1, 4)), EvaluationSettings.DEFAULT_KS, EvaluateBaskets.Format.TEXT), run.out());
        assertTrue(run.err().contains("3 orders, 3 baskets from 5 lines (0 name no variant)"), run.toString());
    }

    @Test
    void printsCsvAtTheKsAskedFor() {
        // one basket per line (named, since words alone do not show it), no dates: a second apart in line order
        // from 2000-01-01; x 1, y 2, z 3
        CliRun run = cartwise("evaluate", "--k", "1,3", "--csv", "--format", "baskets", write("baskets.txt", "x y\nz x\ny z x\nx y\n"));

        assertEquals(0, run.exit(), run.toString());
        Instant start = Instant.parse("2000-01-01T00:00:00Z");
        assertEquals(table(List.of(new Basket(start, 1, 2), new Basket(start.plusSeconds(1), 3, 1),
                new Basket(start.plusSeconds(2), 2, 3, 1), new Basket(start.plusSeconds(3), 1, 2)), List.of(1, 3),
                EvaluateBaskets.Format.CSV), run.out());
        assertTrue(run.out().startsWith("scorer,role,chosen,protocol,cases,measure,k,value"), run.out());
    }

    @Test
    void aFileThatAnImportWouldRefuseIsRefusedWithItsPlace() {
        CliRun run = cartwise("evaluate", write("products_export.csv", AlpineFiles.PRODUCTS),
                write("orders_export.csv", AlpineFiles.ORDERS_WITH_A_BAD_QUANTITY));

        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("orders_export.csv line 4, column 4 (Lineitem quantity): "), run.toString());
        assertEquals("", run.out());
    }

    @Test
    void anOrderSplitAcrossAnOrdersExportIsRefusedAtItsSecondRunInTheNameColumn() {
        String split = AlpineFiles.ORDERS + "#1001,2025-01-04 10:00:00 +0100,EUR,1,Gloves,25.00,GLOVE\n";

        CliRun run = cartwise("evaluate", write("products_export.csv", AlpineFiles.PRODUCTS), write("orders_export.csv", split));

        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("orders_export.csv line 7, column 1 (Name): order #1001 appears again here, but its lines began"
                + " on line 2"), run.toString());
        assertTrue(run.err().contains("value: '#1001'"), run.toString());
    }

    @Test
    void anOrdersExportWithoutItsProductsExportHasNothingToEvaluate() {
        CliRun run = cartwise("evaluate", write("orders_export.csv", AlpineFiles.ORDERS));

        assertEquals(3, run.exit(), run.toString());
        assertTrue(run.err().contains("3 orders, 0 baskets from 5 lines (5 name no variant)"), run.toString());
        assertTrue(run.err().contains("give its products export too"), run.toString());
    }

    @Test
    void wrongUsageIsRefusedBeforeAnyFileIsRead() {
        String baskets = write("baskets.txt", "x y\n");

        CliRun badFormat = cartwise("evaluate", "--format", "spreadsheet", baskets);
        CliRun badK = cartwise("evaluate", "--k", "0,5", baskets);
        CliRun missing = cartwise("evaluate", files.resolve("nowhere.csv").toString());
        CliRun none = cartwise("evaluate");

        assertEquals(1, badFormat.exit(), badFormat.toString());
        assertTrue(badFormat.err().contains("--format: must be one of products, orders"), badFormat.toString());
        assertEquals(1, badK.exit(), badK.toString());
        assertTrue(badK.err().contains("--k: each K must be between 1 and 100"), badK.toString());
        assertEquals(1, missing.exit(), missing.toString());
        assertTrue(missing.err().contains("nowhere.csv is not a file that can be read"), missing.toString());
        assertEquals(1, none.exit(), none.toString());
    }

    @Test
    void aFileOfNoKnownFormatIsRefusedSayingHowToNameItsFormat() {
        CliRun run = cartwise("evaluate", write("notes.csv", "Colour,Mood\nblue,calm\n"));

        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("notes.csv line 1: is no file Cartwise knows by its header"), run.toString());
        assertTrue(run.err().contains("--format for cartwise evaluate"), run.toString());
    }

    @Test
    void aFormatNamedForEveryFileIsCheckedAgainstWhatItHolds() {
        // Told that one basket per line is a transaction file: its first line has none of the columns one needs.
        CliRun run = cartwise("evaluate", "--format", "transactions", write("baskets.txt", "x y\nz x\n"));

        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("Refused, as an import would refuse it: " + files.resolve("baskets.txt")), run.toString());
    }

    private String write(String name, String content) {
        return AlpineFiles.write(files, name, content).toString();
    }

    private static String table(List<Basket> baskets, List<Integer> ks, EvaluateBaskets.Format format) {
        return new EvaluateBaskets(Tunables.DEFAULT).execute(new EvaluateBaskets.Command(Baskets.of(baskets),
                EvaluationSettings.DEFAULT.withKs(ks))).table(format);
    }

    private static Basket basket(String placedAt, long... variantIds) {
        return new Basket(Instant.parse(placedAt), variantIds);
    }
}
