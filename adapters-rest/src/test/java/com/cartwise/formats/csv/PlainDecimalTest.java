package com.cartwise.formats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written check accepts exactly what the pattern -?\d+(\.\d+)? describes. */
class PlainDecimalTest {
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final String ALPHABET = "0123456789-.,e +";

    @Test
    void agreesWithThePatternOnEveryShortString() {
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder value = new StringBuilder();
            for (int c = random.nextInt(7); c > 0; c--) {
                value.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String v = value.toString();
            assertEquals(DECIMAL.matcher(v).matches(), CsvRow.plainDecimal(v), "'" + v + "'");
        }
    }
}
