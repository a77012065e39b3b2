package com.cartwise.formats.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The digit-by-digit reader agrees with java.time's strict formatters on every value, valid or not. */
class FixedLayoutDatesTest {
    private static final DateTimeFormatter SHOPIFY =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xx").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ZONELESS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]").withResolverStyle(ResolverStyle.STRICT);
    private static final String ALPHABET = "0123456789-: +x";

    private static Instant slowWithOffset(String value) {
        try {
            return OffsetDateTime.parse(value, SHOPIFY).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant slowWithoutOffset(String value) {
        try {
            return LocalDateTime.parse(value, ZONELESS).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Test
    void readsShopifysLayoutWithItsOffset() {
        assertEquals(Instant.parse("2025-12-06T15:37:33Z"), FixedLayoutDates.withOffset("2025-12-06 10:37:33 -0500"));
        assertEquals(Instant.parse("2024-02-29T22:30:00Z"), FixedLayoutDates.withOffset("2024-03-01 00:00:00 +0130"));
    }

    @Test
    void readsZonelessDatesAsUtc() {
        assertEquals(Instant.parse("2010-12-01T08:26:00Z"), FixedLayoutDates.withoutOffset("2010-12-01 08:26:00"));
        assertEquals(Instant.parse("2010-12-01T08:26:00Z"), FixedLayoutDates.withoutOffset("2010-12-01 08:26"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29 10:00:00 +0000", "2024-13-01 10:00:00 +0000", "2024-04-31 10:00:00 +0000",
            "2024-01-01 24:00:00 +0000", "2024-01-01 10:60:00 +0000", "2024-01-01 10:00:60 +0000", "2024-01-01 10:00:00 +1900",
            "2024-01-01 10:00:00 +0060", "2024-01-01T10:00:00 +0000", "2024-01-01 10:00:00 0000", "2024-1-01 10:00:00 +00000"})
    void answersNothingForWhatIsNotExactlyTheLayout(String value) {
        assertNull(FixedLayoutDates.withOffset(value));
        assertNull(slowWithOffset(value));
    }

    @Test
    void agreesWithJavaTimeOnAHundredThousandRandomValues() {
        Random random = new Random(20261126);
        for (int i = 0; i < 100_000; i++) {
            String value = mutated(random, plausible(random));
            assertEquals(slowWithOffset(value), FixedLayoutDates.withOffset(value), value);
            if (value.length() == 19 || value.length() == 16) {
                assertEquals(slowWithoutOffset(value), FixedLayoutDates.withoutOffset(value), value);
            }
            String zoneless = value.substring(0, i % 2 == 0 ? 19 : 16);
            assertEquals(slowWithoutOffset(zoneless), FixedLayoutDates.withoutOffset(zoneless), zoneless);
        }
    }

    /** A date in the layout whose fields range a little past what is valid, so that both answers are exercised. */
    private static String plausible(Random random) {
        return String.format("%04d-%02d-%02d %02d:%02d:%02d %c%02d%02d", random.nextInt(2100), random.nextInt(14),
                random.nextInt(33), random.nextInt(26), random.nextInt(62), random.nextInt(62), random.nextBoolean() ? '+' : '-',
                random.nextInt(20), random.nextInt(62));
    }

    private static String mutated(Random random, String value) {
        if (random.nextInt(4) != 0) {
            return value;
        }
        char[] chars = value.toCharArray();
        chars[random.nextInt(chars.length)] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        return new String(chars);
    }
}
