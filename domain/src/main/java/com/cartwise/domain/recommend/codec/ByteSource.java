package com.cartwise.domain.recommend.codec;

import java.nio.charset.StandardCharsets;

/** Reads what {@link ByteSink} wrote; anything that does not add up is a corrupt model. */
final class ByteSource {
    /** Guards against a corrupt length asking for gigabytes before a single value is read. */
    private static final int MAX_ARRAY = 1 << 28;

    private final byte[] bytes;
    private int at;

    ByteSource(byte[] bytes) {
        this.bytes = bytes;
    }

    long varLong() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = next();
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw corrupt("a number runs past 64 bits");
    }

    int varInt() {
        long value = varLong();
        if (value > Integer.MAX_VALUE) {
            throw corrupt("a number beyond the int range");
        }
        return (int) value;
    }

    long fixedLong() {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (next() & 0xFF);
        }
        return value;
    }

    double fixedDouble() {
        return Double.longBitsToDouble(fixedLong());
    }

    String text() {
        int length = length();
        if (at + length > bytes.length) {
            throw corrupt("text runs past the end");
        }
        String value = new String(bytes, at, length, StandardCharsets.UTF_8);
        at += length;
        return value;
    }

    int[] ints() {
        int[] values = new int[length()];
        for (int i = 0; i < values.length; i++) {
            values[i] = varInt();
        }
        return values;
    }

    double[] doubles() {
        double[] values = new double[length()];
        for (int i = 0; i < values.length; i++) {
            values[i] = fixedDouble();
        }
        return values;
    }

    /** Doubles written by {@link ByteSink#repeatedDoubles}. */
    double[] repeatedDoubles() {
        int mode = varInt();
        if (mode == ByteSink.PLAIN) {
            return doubles();
        }
        if (mode != ByteSink.INDEXED) {
            throw corrupt("unknown way of writing values: " + mode);
        }
        double[] distinct = doubles();
        double[] values = new double[length()];
        for (int i = 0; i < values.length; i++) {
            int index = varInt();
            if (index >= distinct.length) {
                throw corrupt("a value index past its " + distinct.length + " values");
            }
            values[i] = distinct[index];
        }
        return values;
    }

    /** Rows written by {@link ByteSink#rows}: fills {@code rowStart} (length rows + 1) and returns the indices. */
    int[] rows(int[] rowStart) {
        int rows = length();
        if (rows != rowStart.length - 1) {
            throw corrupt("the rows do not match the variants");
        }
        long total = 0;
        for (int r = 0; r < rows; r++) {
            total += varInt();
            if (total > MAX_ARRAY) {
                throw corrupt("rows of " + total + " entries");
            }
            rowStart[r + 1] = (int) total;
        }
        int[] indices = new int[(int) total];
        for (int r = 0; r < rows; r++) {
            long previous = 0;
            for (int i = rowStart[r]; i < rowStart[r + 1]; i++) {
                previous += varInt();
                if (previous > Integer.MAX_VALUE) {
                    throw corrupt("an index beyond the int range");
                }
                indices[i] = (int) previous;
            }
        }
        return indices;
    }

    boolean finished() {
        return at == bytes.length;
    }

    int length() {
        int length = varInt();
        if (length > MAX_ARRAY) {
            throw corrupt("array length " + length);
        }
        return length;
    }

    private byte next() {
        if (at >= bytes.length) {
            throw corrupt("the model ends early");
        }
        return bytes[at++];
    }

    static IllegalArgumentException corrupt(String problem) {
        return new IllegalArgumentException("corrupt model: " + problem);
    }
}
