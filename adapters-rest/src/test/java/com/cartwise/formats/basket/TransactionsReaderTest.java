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
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transaction file as public data sets write it: a row per invoice line (UCI Online Retail) or
 * per unit sold (the Bread Basket). Cancellations and returns are records like any other, flagged
 * by what they are, never a reason to refuse the file.
 */
class TransactionsReaderTest {
    private static final String UCI = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country";
    private static final String UTC_WARNING = "The dates carry no time zone (the file was re-saved by a spreadsheet, or never"
            + " had one): they were read as UTC.";

    @TempDir
    Path folder;

    private static Reading.Read read(Path file) {
        return Reading.readAll(file, UploadFormat.TRANSACTIONS);
    }

    private static LineRecord item(long line, String code, String name, int quantity, String price) {
        return new LineRecord(new SourceRow(0, line), name, code, null, quantity, price == null ? null : new BigDecimal(price),
                null, null, "", false, true);
    }

    private static OrderRecord invoice(long line, String name, String placedAt, String customer, LineRecord... lines) {
        return new OrderRecord(new SourceRow(0, line), name, header(placedAt, Optional.empty(), customer), List.of(lines));
    }

    /** A cancellation is cancelled when it was placed: the file gives no other date. */
    private static OrderRecord cancellation(long line, String name, String placedAt, String customer, LineRecord... lines) {
        OrderDate placed = OrderDate.exactly(Instant.parse(placedAt));
        return new OrderRecord(new SourceRow(0, line), name, header(placedAt, Optional.of(placed), customer), List.of(lines));
    }

    private static OrderHeader header(String placedAt, Optional<OrderDate> cancelledAt, String customer) {
        return new OrderHeader(OrderDate.exactly(Instant.parse(placedAt)), Optional.empty(), cancelledAt, "", Optional.empty(), "",
                Optional.empty(), "", customer);
    }

    @Test
    void readsAnExcerptOfTheUciOnlineRetailDataToItsExactInvoices() throws URISyntaxException {
        Path excerpt = Path.of(getClass().getResource("uci-online-retail-excerpt.csv").toURI());

        Reading.Read read = read(excerpt);

        assertEquals(List.of(
                invoice(2, "536365", "2010-12-01T08:26:00Z", "17850",
                        item(2, "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 6, "2.55"),
                        item(3, "71053", "WHITE METAL LANTERN", 6, "3.39"),
                        item(4, "84406B", "CREAM CUPID HEARTS COAT HANGER", 8, "2.75"),
                        item(5, "84029G", "KNITTED UNION FLAG HOT WATER BOTTLE", 6, "3.39"),
                        item(6, "84029E", "RED WOOLLY HOTTIE WHITE HEART.", 6, "3.39"),
                        item(7, "22752", "SET 7 BABUSHKA NESTING BOXES", 2, "7.65"),
                        item(8, "21730", "GLASS STAR FROSTED T-LIGHT HOLDER", 6, "4.25")),
                invoice(9, "536366", "2010-12-01T08:28:00Z", "17850",
                        item(9, "22633", "HAND WARMER UNION JACK", 6, "1.85"),
                        item(10, "22632", "HAND WARMER RED POLKA DOT", 6, "1.85")),
                invoice(11, "536381", "2010-12-01T09:41:00Z", "15311", item(11, "82567", "AIRLINE LOUNGE,METAL SIGN", 2, "2.1")),
                cancellation(12, "C536379", "2010-12-01T09:41:00Z", "14527", item(12, "D", "Discount", -1, "27.5")),
                // No description: the line is named by its code. No customer: none.
                invoice(13, "536414", "2010-12-01T11:52:00Z", "", item(13, "22139", "22139", 56, "0.0")),
                invoice(14, "536589", "2010-12-01T16:50:00Z", "", item(14, "21777", "21777", -10, "0.0")),
                invoice(15, "542806", "2011-02-01T11:19:00Z", "12836",
                        item(15, "22365", "DOORMAT RESPECTABLE HOUSE", 2, "7.95"),
                        item(16, "48188", "DOORMAT WELCOME PUPPIES", 2, "7.95")),
                cancellation(17, "C542805", "2011-02-01T11:19:00Z", "14606",
                        item(17, "22156", "HEART DECORATION WITH PEARLS", -1, "0.85"),
                        item(18, "85054", "FRENCH ENAMEL POT W LID", -1, "2.95")),
                // The same invoice again, after the cancellation: a second run, which the import's stage joins to the first.
                invoice(19, "542806", "2011-02-01T11:20:00Z", "12836",
                        item(19, "22692", "DOORMAT WELCOME TO OUR HOME", 2, "7.95"),
                        item(20, "22788", "BROCANTE COAT RACK", 2, "9.95"))),
                read.records());
        assertEquals(List.of(), read.refused());
        assertEquals(19, read.rows());
        assertEquals(new FileFacts(false, "without_offset", List.of(UTC_WARNING), 1, "InvoiceNo"), read.facts());
    }

    @Test
    void readsAnInvoiceStartingWithCAsACancellationAndANegativeQuantityAsAReturnedLine() {
        Path file = CsvFixture.write(folder, "retail.csv", UCI,
                "C536383,35004C,SET OF 3 COLOURED  FLYING DUCKS,-1,2010-12-01 09:49:00,4.65,15311.0,United Kingdom",
                "536384,82484,WOOD BLACK BOARD ANT WHITE FINISH,-3,2010-12-01 09:53:00,5.55,18074.0,United Kingdom");

        List<OrderRecord> invoices = read(file).of(OrderRecord.class);

        assertEquals(Optional.of(OrderDate.exactly(Instant.parse("2010-12-01T09:49:00Z"))), invoices.get(0).header().cancelledAt());
        assertEquals(Optional.empty(), invoices.get(1).header().cancelledAt());
        assertEquals(List.of(true, true), invoices.stream().map(o -> o.lines().getFirst().isReturn()).toList());
    }

    @Test
    void readsTheBreadBasketLayoutOfOneUnitPerRowWithItsPlaceholderRowsCountedAndDropped() {
        // CRLF line ends, a date and a time in two columns, "NONE" rows, a NUL byte before a row: as that file has them.
        Path file = CsvFixture.writeBytes(folder, "BreadBasket_DMS.csv", ("Date,Time,Transaction,Item\r\n"
                + "2016-10-30,09:58:11,1,Bread\r\n"
                + "2016-10-30,10:05:34,2,Scandinavian\r\n"
                + "2016-10-30,10:05:34,2,Scandinavian\r\n"
                + "2016-10-30,10:07:57,3,NONE\r\n"
                + "\u00002016-10-30,10:08:41,4,Coffee\r\n"
                + "2016-10-30,10:08:41,4,NONE\r\n").getBytes(StandardCharsets.UTF_8));

        Reading.Read read = read(file);

        assertEquals(List.of(
                invoice(2, "1", "2016-10-30T09:58:11Z", "", item(2, "Bread", "Bread", 1, null)),
                invoice(3, "2", "2016-10-30T10:05:34Z", "", item(3, "Scandinavian", "Scandinavian", 1, null),
                        item(4, "Scandinavian", "Scandinavian", 1, null)),
                invoice(6, "4", "2016-10-30T10:08:41Z", "", item(6, "Coffee", "Coffee", 1, null))),
                read.records());
        assertEquals(6, read.rows());
        assertEquals(new FileFacts(false, "without_offset", List.of(UTC_WARNING, "2 rows name no item ('NONE'): they were read"
                + " and counted, and sell nothing; 1 transactions held nothing else and made no order."), 3, "Transaction"),
                read.facts());
    }

    @Test
    void refusesARowWithoutAnInvoiceNumberAloneAndReadsTheInvoicesAroundIt() {
        Path file = CsvFixture.write(folder, "retail.csv", UCI,
                "536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850.0,United Kingdom",
                ",22633,HAND WARMER UNION JACK,6,2010-12-01 08:28:00,1.85,17850.0,United Kingdom",
                "536367,84879,ASSORTED COLOUR BIRD ORNAMENT,32,2010-12-01 08:34:00,1.69,13047.0,United Kingdom");

        Reading.Read read = read(file);

        assertEquals(List.of(new ImportProblem("retail.csv", 3, 1, "InvoiceNo", "", "is empty: every row names its transaction")),
                read.refused());
        assertEquals(List.of("536365", "536367"), read.of(OrderRecord.class).stream().map(OrderRecord::name).toList());
    }

    @Test
    void refusesAnInvoiceWholeWhenOneOfItsRowsHasAQuantityThatIsNoNumber() {
        Path file = CsvFixture.write(folder, "retail.csv", UCI,
                "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom",
                "536365,71053,WHITE METAL LANTERN,six,2010-12-01 08:26:00,3.39,17850.0,United Kingdom",
                "536366,22633,HAND WARMER UNION JACK,6,2010-12-01 08:28:00,1.85,17850.0,United Kingdom");

        Reading.Read read = read(file);

        assertEquals(List.of(
                new ImportProblem("retail.csv", 3, 4, "Quantity", "six", "'six' is not a whole number"),
                new ImportProblem("retail.csv", 2, 0, "", "", "belongs to order 536365, whose line 3 was refused:"
                        + " 'six' is not a whole number")),
                read.refused());
        assertEquals(List.of("536366"), read.of(OrderRecord.class).stream().map(OrderRecord::name).toList());
    }

    @Test
    void refusesAQuantityOfZero() {
        Path file = CsvFixture.write(folder, "retail.csv", UCI,
                "536365,71053,WHITE METAL LANTERN,0,2010-12-01 08:26:00,3.39,17850.0,United Kingdom");

        assertEquals(new ImportProblem("retail.csv", 2, 4, "Quantity", "0", "is 0: a row stands for at least one unit sold or returned"),
                Reading.rejection(file, UploadFormat.TRANSACTIONS));
    }

    @Test
    void refusesANegativeUnitPrice() {
        Path file = CsvFixture.write(folder, "retail.csv", UCI,
                "536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,-3.39,17850.0,United Kingdom");

        assertEquals(new ImportProblem("retail.csv", 2, 6, "UnitPrice", "-3.39", "'-3.39' is negative: a unit price is never below 0"),
                Reading.rejection(file, UploadFormat.TRANSACTIONS));
    }

    @Test
    void refusesAUnitPriceWrittenWithADecimalCommaRatherThanReadItAsAHundredTimesMore() {
        Path file = CsvFixture.write(folder, "retail.csv", UCI,
                "536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,\"3,39\",17850.0,United Kingdom");

        assertEquals(new ImportProblem("retail.csv", 2, 6, "UnitPrice", "3,39",
                "'3,39' is not a number like 12.50: write the decimal point as '.', not ','"), Reading.rejection(file, UploadFormat.TRANSACTIONS));
    }

    @Test
    void refusesARowThatNamesNoItem() {
        Path file = CsvFixture.write(folder, "retail.csv", UCI,
                "536365,,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850.0,United Kingdom");

        assertEquals(new ImportProblem("retail.csv", 2, 2, "StockCode", "", "is empty: a row of a transaction file names the item sold"),
                Reading.rejection(file, UploadFormat.TRANSACTIONS));
    }

    @Test
    void refusesADateThatIsNoDate() {
        Path file = CsvFixture.write(folder, "retail.csv", UCI,
                "536365,71053,WHITE METAL LANTERN,6,2010-13-01 08:26:00,3.39,17850.0,United Kingdom");

        assertEquals(new ImportProblem("retail.csv", 2, 5, "InvoiceDate", "2010-13-01 08:26:00", "'2010-13-01 08:26:00' is not a"
                + " date and time such as 2025-12-06 10:37:33 -0500, 2025-12-06T10:37:33Z, 2025-12-06 10:37 or 31/12/2023 22:36"),
                Reading.rejection(file, UploadFormat.TRANSACTIONS));
    }

    @Test
    void refusesARowWithMoreFieldsThanTheHeader() {
        Path file = CsvFixture.write(folder, "retail.csv", UCI,
                "536381,82567,AIRLINE LOUNGE,METAL SIGN,2,2010-12-01 09:41:00,2.1,15311.0,United Kingdom");

        assertEquals(new ImportProblem("retail.csv", 2, 0, "", "", "has 9 fields, but the header has 8 columns: a quote or a comma"
                + " is missing or extra"), Reading.rejection(file, UploadFormat.TRANSACTIONS));
    }

    @Test
    void refusesAFileWithoutAnItemColumnNamingTheNamesItLookedFor() {
        Path file = CsvFixture.write(folder, "retail.csv", "InvoiceNo,Description,Quantity,InvoiceDate",
                "536365,WHITE METAL LANTERN,6,2010-12-01 08:26:00");

        assertEquals(new ImportProblem("retail.csv", 1, 0, "item code", "missing column item code: a transaction file names it as"
                + " one of StockCode, ItemCode, Item, ItemId, Article, ProductCode"), Reading.fileRejection(file, UploadFormat.TRANSACTIONS));
    }
}
