package com.cartwise.domain.recommend.codec;

import com.cartwise.domain.recommend.AllCores;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte array written with variable-length integers (7 bits a byte, LEB128): counts and
 * the gaps between a row's ascending neighbours are small numbers, so most take one byte instead
 * of four, and repeated doubles one or two ({@link #repeatedDoubles}): small enough to store as
 * written, with nothing left worth compressing after every update.
 * <p>
 * A long array is written in chunks on all cores, each chunk into a sink of its own, appended in
 * order: every value's bytes depend on that value alone (a row's gaps on its own row), so the bytes
 * are the same as written in one go. A million-order model is encoded after every incremental
 * update: on one core that was 0.3 to 0.6 s of the update, in chunks about a quarter less
 * (docs/BENCHMARKS.md).
 */
final class ByteSink {
    /** Values (or rows' entries) written in one chunk: enough that a chunk's own sink and copy cost nothing beside it. */
    static final int CHUNK = 1 << 18;
    /** How {@link #repeatedDoubles} wrote its values. */
    static final int PLAIN = 0;
    static final int INDEXED = 1;
    /** Below this many values a dictionary saves too little to be worth making. */
    private static final int MIN_REPEATED = 64;
    /** Indices pay for the distinct values they list when each repeats this often on average. */
    private static final int MIN_REPEATS = 4;

    private final int chunk;
    private byte[] bytes;
    private int size;

    ByteSink() {
        this(CHUNK, 1 << 16);
    }

    /** @param chunk values per chunk of a long array (a test makes it small to write tiny arrays in chunks) */
    ByteSink(int chunk) {
        this(chunk, 1 << 16);
    }

    private ByteSink(int chunk, int capacity) {
        if (chunk < 1) {
            throw new IllegalArgumentException("a chunk holds at least one value, not " + chunk);
        }
        this.chunk = chunk;
        this.bytes = new byte[capacity];
    }

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
        inChunks(values.length, (part, from, to) -> {
            for (int i = from; i < to; i++) {
                part.varLong(values[i]);
            }
        });
    }

    void doubles(double[] values) {
        varLong(values.length);
        inChunks(values.length, (part, from, to) -> {
            part.ensure(8L * (to - from));
            for (int i = from; i < to; i++) {
                part.fixedDouble(values[i]);
            }
        });
    }

    /**
     * Doubles of which many are equal (see {@link RepeatedValues}) as their distinct values and an
     * index into them per value; others as {@link #doubles}, after a mark saying which.
     */
    void repeatedDoubles(double[] values) {
        RepeatedValues repeated = values.length < MIN_REPEATED ? null
                : RepeatedValues.of(values, values.length / MIN_REPEATS, chunk);
        if (repeated == null) {
            varLong(PLAIN);
            doubles(values);
            return;
        }
        varLong(INDEXED);
        doubles(repeated.distinct());
        varLong(values.length);
        inChunks(values.length, (part, from, to) -> {
            for (int i = from; i < to; i++) {
                part.varLong(repeated.indexOf(values[i]));
            }
        });
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
        // chunks of whole rows, about `chunk` entries each: a row's gaps start again from 0
        int[] firstRow = rowChunks(rowStart);
        inChunks(firstRow.length - 1, (part, fromChunk, toChunk) -> {
            for (int c = fromChunk; c < toChunk; c++) {
                for (int r = firstRow[c]; r < firstRow[c + 1]; r++) {
                    int previous = 0;
                    for (int i = rowStart[r]; i < rowStart[r + 1]; i++) {
                        part.varLong(indices[i] - previous);
                        previous = indices[i];
                    }
                }
            }
        }, 1);
    }

    /** Where each chunk of rows starts, and the row count last: a new chunk once the one before holds {@code chunk} entries. */
    private int[] rowChunks(int[] rowStart) {
        int rows = rowStart.length - 1;
        int[] starts = new int[rows + 2];
        int chunks = 0;
        starts[chunks++] = 0;
        for (int r = 1; r < rows; r++) {
            if (rowStart[r] - rowStart[starts[chunks - 1]] >= chunk) {
                starts[chunks++] = r;
            }
        }
        starts[chunks++] = rows;
        return Arrays.copyOf(starts, chunks);
    }

    /** Writes the items {@code [from, to)} of a long array into a sink. */
    @FunctionalInterface
    interface Items {
        void write(ByteSink part, int from, int to);
    }

    private void inChunks(int n, Items items) {
        inChunks(n, items, chunk);
    }

    /** Writes {@code n} items, {@code perChunk} at a time on all cores when there is more than one chunk, appended in order. */
    private void inChunks(int n, Items items, int perChunk) {
        int chunks = (int) ((n + (long) perChunk - 1) / perChunk);
        if (chunks <= 1) {
            items.write(this, 0, n);
            return;
        }
        ByteSink[] parts = new ByteSink[chunks];
        AllCores.forEach(chunks, 1, c -> {
            // most values take a byte: a chunk's part rarely grows
            ByteSink part = new ByteSink(chunk, chunk + 64);
            items.write(part, c * perChunk, (int) Math.min(n, (long) (c + 1) * perChunk));
            parts[c] = part;
        });
        for (ByteSink part : parts) {
            ensure(part.size);
            System.arraycopy(part.bytes, 0, bytes, size, part.size);
            size += part.size;
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
