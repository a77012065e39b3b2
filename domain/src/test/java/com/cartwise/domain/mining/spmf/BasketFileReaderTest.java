package com.cartwise.domain.mining.spmf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cartwise.domain.mining.BasketSizeLimit;
import com.cartwise.domain.mining.TransactionDatabase;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BasketFileReaderTest {
    @Test
    void readsOneBasketPerLineAsFimiFilesWriteThem() {
        // fimi-retail's lines end in a space; item 0 exists
        TransactionDatabase db = read("0 1 2 \n30 31 32 \n1 30 \n");

        assertEquals(3, db.transactionCount());
        assertEquals(6, db.itemCount());
        assertEquals(0, db.externalId(0));
        assertArrayEquals(new int[] {1, 3}, db.transaction(2));
    }

    @Test
    void acceptsTabsWindowsLineEndsAndNoFinalNewline() {
        TransactionDatabase db = read("7\t8\r\n9 7");

        assertEquals(2, db.transactionCount());
        assertEquals(2, db.support(db.denseIdOf(7).getAsInt()));
    }

    @Test
    void skipsBlankLinesAndSpmfCommentsAndMetadata() {
        TransactionDatabase db = read("# comment\n%metadata\n@CONVERTED_FROM_TEXT\n\n   \n5 6\n");

        assertEquals(1, db.transactionCount());
    }

    @Test
    void countsAnItemOncePerBasket() {
        assertEquals(1, read("4 4 4\n").transactionLength(0));
    }

    @Test
    void namesTheLineAndColumnOfAnythingThatIsNotAnItemId() {
        SpmfFormatException e = assertThrows(SpmfFormatException.class, () -> read("1 2\n3 x4\n"));

        assertEquals(2, e.line());
        assertEquals(3, e.column());
        assertEquals("line 2, column 3: 'x' cannot start or continue an item id; items are non-negative integers separated by spaces",
                e.getMessage());
    }

    @Test
    void refusesNegativeAndOversizedIds() {
        assertEquals(1, assertThrows(SpmfFormatException.class, () -> read("-1 2\n")).column());
        assertEquals(3, assertThrows(SpmfFormatException.class, () -> read("1 99999999999999999999\n")).column());
    }

    @Test
    void appliesTheBasketSizeLimit() {
        TransactionDatabase db = BasketFileReader.read(stream("1 2 3\n1 2\n"), new BasketSizeLimit(2, BasketSizeLimit.Oversized.SKIP));

        assertEquals(1, db.transactionCount());
        assertEquals(1, db.skippedBaskets());
    }

    private static TransactionDatabase read(String text) {
        return BasketFileReader.read(stream(text), BasketSizeLimit.DEFAULT);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }
}
