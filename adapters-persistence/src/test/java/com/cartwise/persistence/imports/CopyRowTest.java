package com.cartwise.persistence.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Rows in PostgreSQL's COPY text format: what the staging tables are loaded from. */
class CopyRowTest {

    private static String line(CopyRow row) {
        String done = row.finish().toString();
        row.reset();
        return done;
    }

    @Test
    void separatesFieldsByTabsAndWritesNullAsBackslashN() {
        CopyRow row = new CopyRow();

        String written = line(row.number(7).text(null).decimal(new BigDecimal("12.50")).bool(true).text("Ski Wax"));

        assertEquals("7\t\\N\t12.50\tt\tSki Wax\n", written);
    }

    @Test
    void escapesWhatTheFormatReservesAndDropsNul() {
        CopyRow row = new CopyRow();

        String written = line(row.text("a\\b\tc\nd\re\0f"));

        assertEquals("a\\\\b\\tc\\nd\\re" + "f\n", written);
    }

    @Test
    void writesTextArraysAsQuotedLiterals() {
        CopyRow row = new CopyRow();

        String written = line(row.textArray(List.of("Red \"dark\"", "42\\43")));

        assertEquals("{\"Red \\\\\"dark\\\\\"\",\"42\\\\\\\\43\"}\n", written);
    }

    @Test
    void aReusedRowStartsAfresh() {
        CopyRow row = new CopyRow();
        line(row.text("first").text("row"));

        assertEquals("second\n", line(row.text("second")));
    }

    @Test
    void writesInstantsThatReadBackAsTheSameInstant() {
        DateTimeFormatter copyFormat = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ssX");
        Random random = new Random(7);
        CopyRow row = new CopyRow();
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_000_000_000L));
            String written = line(row.instant(instant));
            assertEquals(instant, OffsetDateTime.parse(written.strip(), copyFormat).toInstant(), written);
        }
    }

    @Test
    void keepsTheFractionOfASecond() {
        CopyRow row = new CopyRow();

        assertEquals("2024-05-01T10:00:00.250Z\n", line(row.instant(Instant.parse("2024-05-01T10:00:00.250Z"))));
    }
}
