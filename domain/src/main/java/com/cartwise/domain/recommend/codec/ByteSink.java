package com.cartwise.domain.recommend.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte array written with variable-length integers (7 bits a byte, LEB128): counts and
 * the gaps between a row's ascending neighbours are small numbers, so most take one byte instead
 * of four, and repeated doubles one or two ({@link #repeatedDoubles}): small enough to store as
 * written, with nothing left worth compressing after every update.
 */
final class ByteSink {
    /** How {@link #repeatedDoubles} wrote its values. */
    static final int PLAIN = 0;
    static final int INDEXED = 1;
    /** Below this many values a dictionary saves too little to be worth making. */
    private static final int MIN_REPEATED = 64;
    /** Indices pay for the distinct values they list when each repeats this often on average. */
    private static final int MIN_REPEATS = 4;

    private byte[] bytes = new byte[1 << 16];
    private int size;

    void varLong(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("only non-negative numbers are written as variable-length");
        }
        ensure(10);
        while ((value & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        bytes[size++] = (byte) value;
    }

    void fixedLong(long value) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
    }

    void fixedDouble(double value) {
        fixedLong(Double.doubleToRawLongBits(value));
    }

    void text(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        varLong(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    /** Non-negative values, each as a variable-length integer, after the length. */
    void ints(int[] values) {
        varLong(values.length);
        for (int v : values) {
            varLong(v);
        }
    }

    void doubles(double[] values) {
        varLong(values.length);
        ensure(8L * values.length);
        for (double v : values) {
            fixedDouble(v);
        }
    }

    /**
     * Doubles of which many are equal (see {@link RepeatedValues}) as their distinct values and an
     * index into them per value; others as {@link #doubles}, after a mark saying which.
     */
    void repeatedDoubles(double[] values) {
        RepeatedValues repeated = values.length < MIN_REPEATED ? null : RepeatedValues.of(values, values.length / MIN_REPEATS);
        if (repeated == null) {
            varLong(PLAIN);
            doubles(values);
            return;
        }
        varLong(INDEXED);
        doubles(repeated.distinct());
        varLong(values.length);
        for (double v : values) {
            varLong(repeated.indexOf(v));
        }
    }

    /**
     * Rows of ascending indices (one row per {@code rowStart} pair), each index as the gap from the
     * one before it in its row: the row lengths, then the gaps.
     */
    void rows(int[] rowStart, int[] indices) {
        varLong(rowStart.length - 1);
        for (int r = 0; r + 1 < rowStart.length; r++) {
            varLong(rowStart[r + 1] - rowStart[r]);
        }
        for (int r = 0; r + 1 < rowStart.length; r++) {
            int previous = 0;
            for (int i = rowStart[r]; i < rowStart[r + 1]; i++) {
                varLong(indices[i] - previous);
                previous = indices[i];
            }
        }
    }

    byte[] toArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(long more) {
        if (size + more > bytes.length) {
            long wanted = Math.max((long) bytes.length * 2, size + more);
            if (wanted > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("model too large to store: " + wanted + " bytes");
            }
            bytes = Arrays.copyOf(bytes, (int) wanted);
        }
    }
}
