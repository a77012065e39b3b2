package com.cartwise.bootstrap.shareddata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.application.testing.SharedData;
import com.cartwise.application.testing.SharedDataTest;
import com.cartwise.bootstrap.Cartwise;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code cartwise evaluate} on the bakery's real transaction file reproduces the row that
 * docs/EVALUATION.md gives for it: the scorer a training chooses, and its HitRate@2 and @10 under
 * the last-item protocol, read from the document itself so that the two cannot drift apart.
 * Skipped, saying so, where ../shared/data is absent.
 */
@SharedDataTest
class SharedDataEvaluateTest {
    private static final Path EVALUATION_DOC = Path.of("..", "docs", "EVALUATION.md");

    @Test
    void evaluatingTheBreadBasketFileReproducesItsRowInTheEvaluationDocument() throws IOException {
        TargetRow row = TargetRow.of("bread-basket");
        String chosen = row.cell("chosen");
        String[] hitRates = row.cell("chosen HR@2 / HR@10").split(" / ");

        List<String> csv = evaluate(SharedData.file("bread-basket/BreadBasket_DMS.csv"));

        assertEquals(List.of(chosen), csv.stream().filter(line -> line.contains(",candidate,true,")).map(line -> line.split(",")[0]
                .replace("\"", "")).distinct().toList());
        assertEquals(hitRates[0], hitRate(csv, chosen, 2));
        assertEquals(hitRates[1], hitRate(csv, chosen, 10));
    }

    /** A data set's row of the document's target table, its cells found by the table's headings. */
    private record TargetRow(List<String> headings, List<String> cells) {
        static TargetRow of(String dataSet) throws IOException {
            List<String> lines = Files.readAllLines(EVALUATION_DOC);
            List<String> headings = lines.stream().filter(line -> line.startsWith("| data set | orders |")).findFirst()
                    .map(TargetRow::cells).orElseThrow(() -> new AssertionError("docs/EVALUATION.md has no target table"));
            List<String> cells = lines.stream().filter(line -> line.startsWith("| " + dataSet + " |")).findFirst()
                    .map(TargetRow::cells).orElseThrow(() -> new AssertionError("docs/EVALUATION.md has no row for " + dataSet));
            return new TargetRow(headings, cells);
        }

        String cell(String heading) {
            int column = headings.indexOf(heading);
            if (column < 0) {
                throw new AssertionError("the target table has no column '" + heading + "': " + headings);
            }
            return cells.get(column);
        }

        private static List<String> cells(String line) {
            return List.of(line.substring(1).split("\\|")).stream().map(String::strip).toList();
        }
    }

    private static List<String> evaluate(Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Cartwise());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute("evaluate", "--csv", file.toString());
        assertEquals(0, exit, err.toString());
        return out.toString().lines().toList();
    }

    /** The value printed for the scorer's last-item HitRate@k, to the document's four places. */
    private static String hitRate(List<String> csv, String scorer, int k) {
        String prefix = "\"" + scorer + "\",candidate,true,last_item,";
        String suffix = ",hit_rate," + k + ",";
        return csv.stream().filter(line -> line.startsWith(prefix) && line.contains(suffix)).findFirst()
                .map(line -> String.format(Locale.ROOT, "%.4f", Double.parseDouble(line.substring(line.lastIndexOf(',') + 1))))
                .orElseThrow(() -> new AssertionError("no last-item HitRate@" + k + " of " + scorer + " in " + csv));
    }
}
