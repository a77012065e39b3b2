package com.cartwise.formats.basket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.LineRecord;
import com.cartwise.domain.imports.OrderDate;
import com.cartwise.domain.imports.OrderHeader;
import com.cartwise.domain.imports.OrderRecord;
import com.cartwise.domain.imports.SourceRow;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.formats.Reading;
import com.cartwise.rest.CsvFixture;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One basket per line and no header, as the Groceries data (item names with spaces, separated by
 * commas) and the FIMI retail data (item numbers separated by spaces) come. A line is an order
 * named after the file and its line, dated a second after the line before it.
 */
class BasketLinesReaderTest {
    private static final FileFacts UNDATED = FileFacts.plain(List.of("The file has no dates: its baskets were dated one second"
            + " apart in line order from 2000-01-01T00:00:00Z, so that line order is time order."));

    @TempDir
    Path folder;

    private static Reading.Read read(Path file) {
        return Reading.readAll(file, UploadFormat.BASKET_LINES);
    }

    /** The basket on a line of a file: its items, one unit each, dated {@code secondsAfter2000} into 2000. */
    private static OrderRecord basket(String file, long line, long secondsAfter2000, String... items) {
        SourceRow source = new SourceRow(0, line);
        List<LineRecord> lines = Arrays.stream(items)
                .map(item -> new LineRecord(source, item, item, null, 1, null, null, null, "", false, true)).toList();
        return new OrderRecord(source, file + ":" + line,
                OrderHeader.placedAt(OrderDate.exactly(Instant.parse("2000-01-01T00:00:00Z").plusSeconds(secondsAfter2000))), lines);
    }

    @Test
    void readsGroceriesStyleBasketsWhoseItemNamesHoldSpacesSeparatedByCommas() {
        Path file = CsvFixture.write(folder, "groceries.csv",
                "citrus fruit,semi-finished bread,margarine,ready soups",
                "tropical fruit,yogurt,coffee",
                "whole milk");

        Reading.Read read = read(file);

        assertEquals(List.of(
                basket("groceries.csv", 1, 0, "citrus fruit", "semi-finished bread", "margarine", "ready soups"),
                basket("groceries.csv", 2, 1, "tropical fruit", "yogurt", "coffee"),
                basket("groceries.csv", 3, 2, "whole milk")), read.records());
        assertEquals(3, read.rows());
        assertEquals(UNDATED, read.facts());
    }

    @Test
    void readsFimiStyleBasketsOfItemNumbersSeparatedBySpacesWithATrailingSpace() {
        Path file = CsvFixture.write(folder, "retail.dat", "0 1 2 3 ", "30 31 32 ", "33 34 35 ");

        assertEquals(List.of(
                basket("retail.dat", 1, 0, "0", "1", "2", "3"),
                basket("retail.dat", 2, 1, "30", "31", "32"),
                basket("retail.dat", 3, 2, "33", "34", "35")), read(file).records());
    }

    @Test
    void keepsAnItemGivenTwiceInABasketAsTwoUnitsAndIgnoresBlanksAroundCommasAndEmptyItems() {
        Path file = CsvFixture.writeBytes(folder, "baskets.csv",
                "\uFEFFbread , milk,,bread,\r\nbeer\r\n".getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(
                basket("baskets.csv", 1, 0, "bread", "milk", "bread"),
                basket("baskets.csv", 2, 1, "beer")), read(file).records());
    }

    @Test
    void refusesAnEmptyLineAloneAndReadsTheBasketsAroundIt() {
        Path file = CsvFixture.write(folder, "groceries.csv", "whole milk,yogurt", "", "coffee");

        Reading.Read read = read(file);

        assertEquals(List.of(new ImportProblem("groceries.csv", 2, 0, "", "", "holds no item: a line of a basket file is one basket")),
                read.refused());
        assertEquals(List.of(basket("groceries.csv", 1, 0, "whole milk", "yogurt"), basket("groceries.csv", 3, 2, "coffee")),
                read.records());
        assertEquals(3, read.rows());
    }

    @Test
    void refusesALineThatIsNotUtf8NamingItsLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("whole milk,yogurt\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("caf\u00e9,bread\n".getBytes(StandardCharsets.ISO_8859_1));
        Path file = CsvFixture.writeBytes(folder, "groceries.csv", bytes.toByteArray());

        assertEquals(new ImportProblem("groceries.csv", 2, 0, "", "caf\uFFFD,bread",
                "holds characters that are not UTF-8 text; save the file as UTF-8 and upload it again"),
                Reading.rejection(file, UploadFormat.BASKET_LINES));
    }
}
