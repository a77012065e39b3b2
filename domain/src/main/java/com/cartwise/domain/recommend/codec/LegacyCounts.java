package com.cartwise.domain.recommend.codec;

import com.cartwise.domain.recommend.CoOccurrenceModel;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Format 1, as the first Cartwise stored models: the counts' arrays as plain big-endian numbers after the header. */
final class LegacyCounts {
    private static final int MAX_ARRAY = 1 << 28;

    private LegacyCounts() {
    }

    /** @param bytes the inflated payload, header included */
    static CoOccurrenceModel read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            in.readInt();
            in.readInt();
            int orders = in.readInt();
            return CoOccurrenceModel.fromParts(orders, readLongs(in), readInts(in), readInts(in), readInts(in), readInts(in));
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt model", e);
        }
    }

    private static int readLength(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_ARRAY) {
            throw ByteSource.corrupt("array length " + length);
        }
        return length;
    }

    private static long[] readLongs(DataInputStream in) throws IOException {
        long[] values = new long[readLength(in)];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readLong();
        }
        return values;
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] values = new int[readLength(in)];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }
}
