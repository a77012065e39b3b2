package com.cartwise.domain.recommend;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The stored form of a {@link CoOccurrenceModel}: a versioned, deflated binary layout of its
 * arrays, so that a model survives a restart byte for byte and loads without re-counting orders.
 */
public final class ModelCodec {
    private static final int MAGIC = 0x43574D31; // "CWM1"
    private static final int FORMAT = 1;

    private ModelCodec() {
    }

    public static byte[] encode(CoOccurrenceModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(model.orders());
            writeLongs(out, model.variantIdsArray());
            writeInts(out, model.orderCountsArray());
            writeInts(out, model.rowStartArray());
            writeInts(out, model.neighboursArray());
            writeInts(out, model.togetherArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static CoOccurrenceModel decode(byte[] stored) {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(stored)))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("corrupt model: not a Cartwise model");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IllegalArgumentException("corrupt model: unknown format " + format);
            }
            int orders = in.readInt();
            return CoOccurrenceModel.fromParts(orders, readLongs(in), readInts(in), readInts(in), readInts(in), readInts(in));
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt model", e);
        }
    }

    private static void writeLongs(DataOutputStream out, long[] values) throws IOException {
        out.writeInt(values.length);
        for (long v : values) {
            out.writeLong(v);
        }
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    /** Guards against a corrupt length asking for gigabytes before a single value is read. */
    private static int readLength(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_ARRAY) {
            throw new IllegalArgumentException("corrupt model: array length " + length);
        }
        return length;
    }

    private static final int MAX_ARRAY = 1 << 28;

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
