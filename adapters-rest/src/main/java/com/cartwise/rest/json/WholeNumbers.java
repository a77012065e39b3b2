package com.cartwise.rest.json;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.InvalidFormatException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON value into a whole-number field only when it is one: {@code 3}, {@code 3.0},
 * {@code 3e0} and {@code "3"} are 3, while {@code 3.5}, {@code true} and {@code [3]} are refused
 * as a value of the wrong type (answered as {@code 400 invalid-input} naming the field).
 * micronaut-serde's own reading cuts a fraction off ({@code "variant_id": 12.7} would name variant
 * 12), reads {@code true} as 1 and unwraps a one-item list: a till's bug would then be answered
 * about a different variant or limit than it sent, which nothing downstream could notice.
 */
public final class WholeNumbers {
    /** Largest magnitude a double holds every whole number up to: beyond it a written fraction may have been rounded away. */
    private static final double EXACT_DOUBLES = 0x1p53;

    private WholeNumbers() {
    }

    /** Cartwise's reading of JSON integers. */
    @Singleton
    public static final class IntegerField implements Deserializer<Integer> {
        @Override
        public Integer deserialize(Decoder decoder, DecoderContext context, Argument<? super Integer> type) throws IOException {
            return (int) read(decoder, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }

        @Override
        public Integer deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Integer> type) throws IOException {
            return decoder.decodeNull() ? null : deserialize(decoder, context, type);
        }
    }

    /** Cartwise's reading of JSON longs (variant and Shopify ids). */
    @Singleton
    public static final class LongField implements Deserializer<Long> {
        @Override
        public Long deserialize(Decoder decoder, DecoderContext context, Argument<? super Long> type) throws IOException {
            return read(decoder, Long.MIN_VALUE, Long.MAX_VALUE);
        }

        @Override
        public Long deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Long> type) throws IOException {
            return decoder.decodeNull() ? null : deserialize(decoder, context, type);
        }
    }

    /**
     * The value as a whole number from {@code min} to {@code max}, or an {@link InvalidFormatException}
     * carrying the value as sent (none for a list or an object), which the REST door quotes back.
     */
    static long read(Decoder decoder, long min, long max) throws IOException {
        Object value = decoder.decodeArbitrary();
        BigInteger whole = switch (value) {
            case Integer i -> BigInteger.valueOf(i);
            case Long l -> BigInteger.valueOf(l);
            case BigInteger b -> b;
            case Double d when Math.abs(d) < EXACT_DOUBLES && d == Math.rint(d) -> BigInteger.valueOf(d.longValue());
            case BigDecimal b -> wholePart(b);
            case String s -> wholePart(s);
            case null, default -> null;
        };
        if (whole == null || whole.compareTo(BigInteger.valueOf(min)) < 0 || whole.compareTo(BigInteger.valueOf(max)) > 0) {
            Object sent = value instanceof List<?> || value instanceof Map<?, ?> ? null : value;
            throw new InvalidFormatException("not a whole number from " + min + " to " + max, null, sent);
        }
        return whole.longValue();
    }

    private static BigInteger wholePart(String text) {
        try {
            return wholePart(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigInteger wholePart(BigDecimal number) {
        try {
            return number.toBigIntegerExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
