package com.cartwise.formats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Reading ahead on another thread changes when records are parsed, never what the reader sees. */
@Timeout(10)
class ReadAheadTest {

    private static ReadAhead.Source<Integer> counting(int records, RuntimeException failureAfter) {
        AtomicInteger next = new AtomicInteger();
        return () -> {
            int n = next.getAndIncrement();
            if (n == records) {
                if (failureAfter != null) {
                    throw failureAfter;
                }
                return null;
            }
            return n > records ? null : n;
        };
    }

    @Test
    void deliversEveryRecordInOrderAcrossBatches() {
        int records = ReadAhead.BATCH * ReadAhead.BATCHES_AHEAD * 3 + 7;
        List<Integer> seen = new ArrayList<>();
        try (ReadAhead<Integer> ahead = new ReadAhead<>("orders.csv", counting(records, null))) {
            while (ahead.hasNext()) {
                seen.add(ahead.next());
            }
        }
        assertEquals(records, seen.size());
        for (int i = 0; i < records; i++) {
            assertEquals(i, seen.get(i));
        }
    }

    @Test
    void aParsingFailureReachesTheReaderAfterTheRecordsBeforeIt() {
        IllegalArgumentException broken = new IllegalArgumentException("line 301: not valid CSV");
        try (ReadAhead<Integer> ahead = new ReadAhead<>("orders.csv", counting(300, broken))) {
            for (int i = 0; i < 300; i++) {
                assertEquals(i, ahead.next());
            }
            assertSame(broken, assertThrows(IllegalArgumentException.class, ahead::hasNext));
        }
    }

    @Test
    void anEmptyFileHasNoRecords() {
        try (ReadAhead<Integer> ahead = new ReadAhead<>("empty.csv", counting(0, null))) {
            assertFalse(ahead.hasNext());
        }
    }

    @Test
    void closingBeforeTheEndStopsTheParsingThread() {
        AtomicInteger parsed = new AtomicInteger();
        ReadAhead<Integer> ahead = new ReadAhead<>("endless.csv", parsed::incrementAndGet);
        assertTrue(ahead.hasNext());

        ahead.close();

        int afterClose = parsed.get();
        assertTrue(afterClose <= ReadAhead.BATCH * (ReadAhead.BATCHES_AHEAD + 2), "parsed " + afterClose + " records ahead");
        assertEquals(afterClose, parsed.get(), "the thread stopped parsing");
    }
}
